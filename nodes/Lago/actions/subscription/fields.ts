import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { inWrapper, lagoLocator, toQuery } from '../../fields';
import { boolean, dateTime, options, text } from '../../../shared/fields';

/** A subscription by its external ID; the list shows the chosen customer's subscriptions when there is one. */
export const subscriptionLocator = (routing?: INodePropertyRouting) =>
	lagoLocator({
		displayName: 'Subscription',
		name: 'subscription',
		description: 'The subscription, by the external ID given when it was created',
		searchListMethod: 'searchSubscriptions',
		by: 'externalId',
		placeholder: 'sub_1234567890',
		routing,
	});

const body = inWrapper('subscription');

/** The details Create and Update share; the descriptions say what each means for the operation. */
export function subscriptionDetails(operation: 'create' | 'update'): INodeProperties[] {
	const creating = operation === 'create';
	const billingTime: INodeProperties = options('billingTime', 'Billing Time', undefined, [
		['Anniversary', 'anniversary', 'Billing periods start on the day the subscription started, billed in full'],
		['Calendar', 'calendar', 'Billing periods follow the calendar (first day of the week, month or year), first one prorated'],
	], 'calendar', body('billing_time'));
	return [
		text('billingEntityCode', 'Billing Entity Code', creating
				? 'The billing entity that invoices the subscription; empty for the default one'
				: 'The billing entity that invoices the subscription, from the next invoice on', body('billing_entity_code')),
		...(creating ? [billingTime] : []),
		boolean('consolidateInvoice', 'Consolidate Invoice', "Whether to bill this subscription together with the customer's other subscriptions rather than on its own invoice", body('consolidate_invoice'), { default: true }),
		dateTime('endingAt', 'Ending At', 'When the subscription ends, in UTC. Without it, the subscription renews automatically.', body('ending_at')),
		text('name', 'Name', 'Shown on invoices instead of the plan name, e.g. to tell apart two subscriptions to the same plan', body('name')),
		text('purchaseOrderNumber', 'Purchase Order Number', 'Printed on the invoices of this subscription', body('purchase_order_number'), { placeholder: 'PO-123' }),
		dateTime('subscriptionAt', 'Subscription At', creating
				? 'When the subscription starts, in UTC; may be in the past or the future. Empty means now.'
				: 'A new start, in UTC: only for a pending subscription that has not started yet', body('subscription_at')),
	];
}

/** A switch that sends `status=pending`, to act on the pending subscription rather than the active one. */
export function pendingSwitch(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'pending',
		type: 'boolean',
		default: false,
		description,
		routing: toQuery('status', '={{ $value ? "pending" : undefined }}'),
	};
}

/** The statuses a subscription can have. */
export const subscriptionStatuses = [
	{ name: 'Active', value: 'active' },
	{ name: 'Canceled', value: 'canceled' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Terminated', value: 'terminated' },
];
