import type { INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/output';

/** The customer an operation acts on: picked from a list, or given by Dub ID or by your own external ID. */
export const customerLocator: INodeProperties = {
	displayName: 'Customer',
	name: 'customerId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The customer to act on',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'cus_1KAP4CDPBSVMMBMH9XX3YZZ0Z',
			validation: [{ type: 'regex', properties: { regex: '^cus_\\w+$', errorMessage: 'A Dub customer ID starts with cus_' } }],
		},
		{
			displayName: 'By External ID',
			name: 'externalId',
			type: 'string',
			placeholder: 'user_123',
			hint: 'The ID of the customer in your own system, as sent when the lead was tracked',
		},
	],
};

/** Dub addresses a customer by external ID as `ext_<id>`. */
export const customerPath = { customerId: { prefixByMode: { externalId: 'ext_' } } };

export const includeExpandedFields: INodeProperties = {
	displayName: 'Include Link, Partner and Discount',
	name: 'includeExpandedFields',
	type: 'boolean',
	default: false,
	description: 'Whether to embed the referral link, the partner and the discount in each customer',
	routing: { send: { type: 'query', property: 'includeExpandedFields', value: '={{ $value || undefined }}' } },
};

const email: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
	routing: { send: { type: 'body', property: 'email' } },
};

/** The fields Create and Update share. */
export const customerDetails: INodeProperties[] = [
	email,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Shown in Dub; when empty Dub uses the email address',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Avatar URL',
		name: 'avatar',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'avatar' } },
	},
	{
		displayName: 'Stripe Customer ID',
		name: 'stripeCustomerId',
		type: 'string',
		placeholder: 'cus_NffrFeUfNV2Hib',
		default: '',
		description: 'Lets Dub attribute recurring Stripe sales to the partner who referred this customer',
		routing: { send: { type: 'body', property: 'stripeCustomerId' } },
	},
];

/** What Simplify keeps of a customer. */
export const simpleCustomer = ['id', 'externalId', 'name', 'email', 'country', 'sales', 'saleAmount', 'createdAt', 'firstSaleAt', 'link', 'partner'];

/** Off by default: workflows built before the switch existed keep the full customer. */
export const customerSimplify = simplifySwitch('customer', false);
