import { defineOperation } from '../../../shared/operation';
import { email, jsonObject, required, wholeNumber } from '../../../shared/validation';
import { currencyCode, customerDetails, customerExternalId, metadataField } from './fields';

export const sale = defineOperation({
	name: 'Sale',
	value: 'sale',
	action: 'Track a sale',
	description: 'Record a sale for a customer whose lead was tracked before (or directly, with a click ID)',
	operationId: 'trackSale',
	method: 'POST',
	path: '/track/sale',
	checks: [
		required('Customer External ID', 'customerExternalId'),
		required('Amount', 'amount'),
		wholeNumber('Amount', 'amount', {
			min: 0,
			hint: 'Dub takes amounts in the smallest currency unit: send 1999 for $19.99 (cents), 1580 for ¥1580.',
		}),
		currencyCode,
		email('Customer Email', 'customerEmail'),
		jsonObject('Metadata', 'metadata'),
	],
	fields: [
		customerExternalId,
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			required: true,
			default: 0,
			placeholder: '1999',
			description:
				'Integer amount in cents (1999 = $19.99) for two-decimal currencies; the full amount for zero-decimal currencies (1580 = ¥1580). A fraction such as 19.99 is refused before sending.',
			routing: { send: { type: 'body', property: 'amount' } },
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'usd',
			placeholder: 'usd',
			description:
				'Three-letter ISO 4217 currency code; sent lower-case as Dub expects (usd, eur, jpy). Dub converts the sale to USD at the latest exchange rate.',
			routing: { send: { type: 'body', property: 'currency' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Click ID',
					name: 'clickId',
					type: 'string',
					default: '',
					placeholder: 'rLnWe1uz9t282v7g',
					description:
						'For direct sale tracking, without an earlier lead: the ID of the click (the dub_id cookie) the sale comes from',
					routing: { send: { type: 'body', property: 'clickId' } },
				},
				...customerDetails('For direct sale tracking: '),
				{
					displayName: 'Event Name',
					name: 'eventName',
					type: 'string',
					default: 'Purchase',
					placeholder: 'Invoice paid',
					description: 'Name of the sale event (at most 255 characters), e.g. "Invoice paid" or "Subscription created"',
					routing: { send: { type: 'body', property: 'eventName' } },
				},
				{
					displayName: 'Invoice ID',
					name: 'invoiceId',
					type: 'string',
					default: '',
					placeholder: 'in_1MtHbELkdIwHu7ixl4OzzPMv',
					description:
						'Idempotency key: Dub records one sale per invoice ID, so a retried sale with the same invoice ID is recorded once',
					routing: { send: { type: 'body', property: 'invoiceId' } },
				},
				{
					displayName: 'Lead Event Name',
					name: 'leadEventName',
					type: 'string',
					default: '',
					placeholder: 'Sign up',
					description:
						'Case-sensitive name of the lead event this sale follows; by default Dub uses the latest lead of the customer. For direct sale tracking, the name of the lead event Dub creates.',
					routing: { send: { type: 'body', property: 'leadEventName' } },
				},
				metadataField('sale'),
				{
					displayName: 'Payment Processor',
					name: 'paymentProcessor',
					type: 'options',
					default: 'custom',
					description: 'The payment processor the sale was made through',
					options: [
						{ name: 'Apple', value: 'apple' },
						{ name: 'Custom', value: 'custom' },
						{ name: 'Dub', value: 'dub' },
						{ name: 'Paddle', value: 'paddle' },
						{ name: 'Polar', value: 'polar' },
						{ name: 'RevenueCat', value: 'revenuecat' },
						{ name: 'Shopify', value: 'shopify' },
						{ name: 'Stripe', value: 'stripe' },
					],
					routing: { send: { type: 'body', property: 'paymentProcessor' } },
				},
			],
		},
	],
});
