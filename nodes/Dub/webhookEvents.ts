import type { INodePropertyOptions } from 'n8n-workflow';

/** Every event a Dub webhook can deliver, for the trigger's Events and the Webhook resource's Triggers. */
export const dubWebhookEvents: INodePropertyOptions[] = [
	{ name: 'Bounty Created', value: 'bounty.created', description: 'A bounty is added to your partner program' },
	{ name: 'Bounty Updated', value: 'bounty.updated', description: 'A bounty of your partner program changes' },
	{
		name: 'Commission Created',
		value: 'commission.created',
		description: 'A partner earns a commission (for a click, lead or sale)',
	},
	{
		name: 'Discount Code Created',
		value: 'discount_code.created',
		description: 'A discount code is created for a partner',
	},
	{
		name: 'Discount Code Deleted',
		value: 'discount_code.deleted',
		description: 'A partner discount code is deleted',
	},
	{
		name: 'Lead Created',
		value: 'lead.created',
		description: 'A lead is tracked: a customer signs up after clicking a link. This is also when Dub creates the customer.',
	},
	{
		name: 'Link Clicked',
		value: 'link.clicked',
		description: 'Any short link of the workspace is clicked. Can be many events.',
	},
	{
		name: 'Link Created',
		value: 'link.created',
		description: 'A short link is created (links created in bulk send no event)',
	},
	{
		name: 'Link Deleted',
		value: 'link.deleted',
		description: 'A short link is deleted (links deleted in bulk send no event)',
	},
	{
		name: 'Link Updated',
		value: 'link.updated',
		description: 'A short link is changed (links changed in bulk send no event)',
	},
	{
		name: 'Partner Application Submitted',
		value: 'partner.application_submitted',
		description: 'Someone applies to join your partner program',
	},
	{ name: 'Partner Enrolled', value: 'partner.enrolled', description: 'A partner joins your partner program' },
	{ name: 'Partner Merged', value: 'partner.merged', description: 'Two partner accounts are merged into one' },
	{ name: 'Payout Confirmed', value: 'payout.confirmed', description: 'A payout to a partner is confirmed' },
	{
		name: 'Sale Created',
		value: 'sale.created',
		description: 'A sale is tracked for a customer (amount in cents)',
	},
];
