import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, billingCustomer, recordOutput } from '../../billingFields';
import { dateTime as dateTimeCheck } from '../../../shared/validation';
import { dateTime, group, options, text } from '../../../shared/fields';
import { commaSeparated, toBody } from '../../fields';

export const preview = defineOperation({
	name: 'Preview',
	value: 'preview',
	action: 'Preview the next invoice of a customer',
	description: "What Lago would invoice a customer: for a plan they may subscribe to, or for their current subscriptions; nothing is created",
	operationId: 'invoicePreview',
	method: 'POST',
	path: '/invoices/preview',
	checks: [dateTimeCheck('Subscription Start', 'subscription_at')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
	fields: [
		billingCustomer('customer.external_id', 'The customer the invoice would be for, by the external ID your application gave it'),
		group('additionalFields', [
			text('billingEntityCode', 'Billing Entity Code', undefined, toBody('billing_entity_code')),
			options('billingTime', 'Billing Time', undefined, [
				['Anniversary', 'anniversary', 'Billed on the day the subscription started'],
				['Calendar', 'calendar', 'Billed on the first day of each period'],
			], 'calendar', toBody('billing_time')),
			text('couponCodes', 'Coupon Codes', 'Coupons to apply to the preview, separated by commas', toBody('coupons', '={{ String($value).split(",").map(s => s.trim()).filter(s => s).map(code => ({ code })) }}'), { placeholder: 'startup_deal, black_friday' }),
			text('planCode', 'Plan Code', 'Preview a new subscription to this plan', toBody('plan_code'), { placeholder: 'premium' }),
			text('subscriptionExternalIds', 'Subscription External IDs', "Preview the next invoice of these existing subscriptions of the customer, separated by commas", toBody('subscriptions.external_ids', commaSeparated), { placeholder: 'sub_1, sub_2' }),
			dateTime('subscriptionAt', 'Subscription Start', 'When the previewed subscription would start (UTC); now when empty', toBody('subscription_at')),
		]),
		simplifySwitch('invoice'),
	],
});
