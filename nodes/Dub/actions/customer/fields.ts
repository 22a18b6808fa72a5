import type { INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/output';
import { boolean, locatorMode, recordLocator, text } from '../../../shared/fields';

/** The customer an operation acts on: picked from a list, or given by Dub ID or by your own external ID. */
export const customerLocator = recordLocator({
	displayName: 'Customer',
	name: 'customerId',
	searchListMethod: 'searchCustomers',
	placeholder: 'cus_1KAP4CDPBSVMMBMH9XX3YZZ0Z',
	idPattern: { regex: '^cus_\\w+$', errorMessage: 'A Dub customer ID starts with cus_' },
	extraModes: [locatorMode('externalId', 'By External ID', 'user_123', 'The ID of the customer in your own system, as sent when the lead was tracked')],
});

/** Dub addresses a customer by external ID as `ext_<id>`. */
export const customerPath = { customerId: { prefixByMode: { externalId: 'ext_' } } };

export const includeExpandedFields: INodeProperties = boolean('includeExpandedFields', 'Include Link, Partner and Discount', 'Whether to embed the referral link, the partner and the discount in each customer', { type: 'query', property: 'includeExpandedFields', value: '={{ $value || undefined }}' });

const email: INodeProperties = text('email', 'Email', undefined, 'body', { placeholder: 'name@email.com' });

/** The fields Create and Update share. */
export const customerDetails: INodeProperties[] = [
	email,
	text('name', 'Name', 'Shown in Dub; when empty Dub uses the email address', 'body'),
	text('avatar', 'Avatar URL', undefined, 'body'),
	text('stripeCustomerId', 'Stripe Customer ID', 'Lets Dub attribute recurring Stripe sales to the partner who referred this customer', 'body', { placeholder: 'cus_NffrFeUfNV2Hib' }),
];

/** What Simplify keeps of a customer. */
export const simpleCustomer = ['id', 'externalId', 'name', 'email', 'country', 'sales', 'saleAmount', 'createdAt', 'firstSaleAt', 'link', 'partner'];

/** Off by default: workflows built before the switch existed keep the full customer. */
export const customerSimplify = simplifySwitch('customer', false);
