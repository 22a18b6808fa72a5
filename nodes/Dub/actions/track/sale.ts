import { defineOperation } from '../../../shared/operation';
import { email, jsonObject, required, wholeNumber } from '../../../shared/validation';
import { currencyCode, customerDetails, customerExternalId, metadataField } from './fields';
import { group, number, options, text } from '../../../shared/fields';

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
		number('amount', 'Amount', 'Integer amount in cents (1999 = $19.99) for two-decimal currencies; the full amount for zero-decimal currencies (1580 = ¥1580). A fraction such as 19.99 is refused before sending.', 'body', { required: true, placeholder: '1999' }),
		text('currency', 'Currency', 'Three-letter ISO 4217 currency code; sent lower-case as Dub expects (usd, eur, jpy). Dub converts the sale to USD at the latest exchange rate.', 'body', { default: 'usd', placeholder: 'usd' }),
		group('additionalFields', [
			text('clickId', 'Click ID', 'For direct sale tracking, without an earlier lead: the ID of the click (the dub_id cookie) the sale comes from', 'body', { placeholder: 'rLnWe1uz9t282v7g' }),
			...customerDetails('For direct sale tracking: '),
			text('eventName', 'Event Name', 'Name of the sale event (at most 255 characters), e.g. "Invoice paid" or "Subscription created"', 'body', { default: 'Purchase', placeholder: 'Invoice paid' }),
			text('invoiceId', 'Invoice ID', 'Idempotency key: Dub records one sale per invoice ID, so a retried sale with the same invoice ID is recorded once', 'body', { placeholder: 'in_1MtHbELkdIwHu7ixl4OzzPMv' }),
			text('leadEventName', 'Lead Event Name', 'Case-sensitive name of the lead event this sale follows; by default Dub uses the latest lead of the customer. For direct sale tracking, the name of the lead event Dub creates.', 'body', { placeholder: 'Sign up' }),
			metadataField('sale'),
			options('paymentProcessor', 'Payment Processor', 'The payment processor the sale was made through', [['Apple', 'apple'], ['Custom', 'custom'], ['Dub', 'dub'], ['Paddle', 'paddle'], ['Polar', 'polar'], ['RevenueCat', 'revenuecat'], ['Shopify', 'shopify'], ['Stripe', 'stripe']], 'custom', 'body'),
		]),
	],
});
