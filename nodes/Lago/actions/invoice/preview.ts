import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, billingCustomer, recordOutput } from '../../billingFields';
import { dateTime } from '../../../shared/validation';

export const preview = defineOperation({
	name: 'Preview',
	value: 'preview',
	action: 'Preview the next invoice of a customer',
	description: "What Lago would invoice a customer: for a plan they may subscribe to, or for their current subscriptions; nothing is created",
	operationId: 'invoicePreview',
	method: 'POST',
	path: '/invoices/preview',
	checks: [dateTime('Subscription Start', 'subscription_at')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
	fields: [
		billingCustomer('customer.external_id', 'The customer the invoice would be for, by the external ID your application gave it'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Billing Entity Code',
					name: 'billingEntityCode',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'billing_entity_code' } },
				},
				{
					displayName: 'Billing Time',
					name: 'billingTime',
					type: 'options',
					default: 'calendar',
					options: [
						{ name: 'Anniversary', value: 'anniversary', description: 'Billed on the day the subscription started' },
						{ name: 'Calendar', value: 'calendar', description: 'Billed on the first day of each period' },
					],
					routing: { send: { type: 'body', property: 'billing_time' } },
				},
				{
					displayName: 'Coupon Codes',
					name: 'couponCodes',
					type: 'string',
					default: '',
					placeholder: 'startup_deal, black_friday',
					description: 'Coupons to apply to the preview, separated by commas',
					routing: {
						send: { type: 'body', property: 'coupons', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s).map(code => ({ code })) }}' },
					},
				},
				{
					displayName: 'Plan Code',
					name: 'planCode',
					type: 'string',
					default: '',
					placeholder: 'premium',
					description: 'Preview a new subscription to this plan',
					routing: { send: { type: 'body', property: 'plan_code' } },
				},
				{
					displayName: 'Subscription External IDs',
					name: 'subscriptionExternalIds',
					type: 'string',
					default: '',
					placeholder: 'sub_1, sub_2',
					description: "Preview the next invoice of these existing subscriptions of the customer, separated by commas",
					routing: {
						send: { type: 'body', property: 'subscriptions.external_ids', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}' },
					},
				},
				{
					displayName: 'Subscription Start',
					name: 'subscriptionAt',
					type: 'dateTime',
					default: '',
					description: 'When the previewed subscription would start (UTC); now when empty',
					routing: { send: { type: 'body', property: 'subscription_at' } },
				},
			],
		},
		simplifySwitch('invoice'),
	],
});
