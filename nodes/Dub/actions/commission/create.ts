import { defineOperation } from '../../../shared/operation';
import { bodyText, dateTime, optionalFields, options } from '../../../shared/fields';
import { partnerLocator } from '../partner/fields';
import { cents, centsCheck } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a commission',
	description: 'Record a commission for a partner: a custom amount, or one for a lead or a sale Dub did not track',
	operationId: 'createCommission',
	method: 'POST',
	path: '/commissions',
	checks: [centsCheck('Amount', 'amount'), centsCheck('Sale Amount', 'saleAmount')],
	fields: [
		partnerLocator({ where: 'body', withTenantId: false, description: 'The partner who earns the commission' }),
		options('type', 'Type', undefined, [['Custom', 'custom', 'A fixed amount, e.g. a bonus'], ['Lead', 'lead', "Per the partner's lead reward"], ['Sale', 'sale', "Per the partner's sale reward"]], 'custom', 'body'),
		{
			...cents('amount', 'Amount', 'What the partner earns'),
			required: true,
			displayOptions: { show: { type: ['custom'] } },
		},
		optionalFields([
			bodyText('customerId', 'Customer ID', 'Lead and sale: the Dub customer the commission is for', 'cus_1KAP4CDPBSVMMBMH9XX3YZZ0Z'),
			dateTime('date', 'Date', 'Custom: when the commission was earned, as an ISO 8601 date and time; now when empty', 'body'),
			bodyText('description', 'Description', 'Custom: what the commission is for, at most 190 characters'),
			bodyText('invoiceId', 'Invoice ID', 'Sale: the invoice of the sale; Dub records one sale per invoice'),
			bodyText('leadEventName', 'Lead Event Name', 'Lead: the name of the lead event', 'Sign up'),
			bodyText('linkId', 'Link ID', "Lead and sale: the partner's link the customer came through", 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z'),
			bodyText('productId', 'Product ID', 'Sale: the product sold, for product-specific rewards'),
			cents('saleAmount', 'Sale Amount', 'Sale: the amount of the sale'),
		]),
	],
});
