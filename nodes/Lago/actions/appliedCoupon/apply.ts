import { defineOperation } from '../../../shared/operation';
import { currency, decimalText, wholeNumber } from '../../../shared/validation';
import { unwrap } from '../../client';
import { inWrapper, lagoLocator } from '../../fields';
import { inside } from '../../validation';
import { customerLocator } from '../customer/fields';

const body = inWrapper('applied_coupon');

export const apply = defineOperation({
	name: 'Apply',
	value: 'apply',
	action: 'Apply a coupon to a customer',
	operationId: 'applyCoupon',
	method: 'POST',
	path: '/applied_coupons',
	checks: [
		inside(
			'applied_coupon',
			wholeNumber('Amount (Cents)', 'amount_cents', { min: 0, hint: 'In cents: 20.00 is 2000' }),
			currency('Amount Currency', 'amount_currency'),
			wholeNumber('Frequency Duration', 'frequency_duration', { min: 1, hint: 'A number of billing periods' }),
			decimalText('Percentage Rate', 'percentage_rate'),
		),
	],
	postReceive: unwrap('applied_coupon'),
	fields: [
		{ ...customerLocator, routing: body('external_customer_id') },
		lagoLocator({
			displayName: 'Coupon',
			name: 'coupon',
			description: 'The coupon to apply',
			searchListMethod: 'searchCoupons',
			by: 'code',
			placeholder: 'startup_deal',
			routing: body('coupon_code'),
		}),
		{
			displayName: 'Overrides',
			name: 'overrides',
			type: 'collection',
			placeholder: 'Add Override',
			default: {},
			description: "Values that replace the coupon's own for this customer",
			options: [
				{
					displayName: 'Amount (Cents)',
					name: 'amountCents',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'Discount in cents, for fixed-amount coupons: 20.00 is 2000',
					routing: body('amount_cents'),
				},
				{
					displayName: 'Amount Currency',
					name: 'amountCurrency',
					type: 'string',
					default: '',
					placeholder: 'EUR',
					description: 'Three-letter ISO 4217 code, for fixed-amount coupons',
					routing: body('amount_currency'),
				},
				{
					displayName: 'Frequency',
					name: 'frequency',
					type: 'options',
					default: 'once',
					options: [
						{ name: 'Forever', value: 'forever', description: 'Applies to every invoice' },
						{ name: 'Once', value: 'once', description: 'Applies to one invoice' },
						{ name: 'Recurring', value: 'recurring', description: 'Applies for a number of billing periods' },
					],
					routing: body('frequency'),
				},
				{
					displayName: 'Frequency Duration',
					name: 'frequencyDuration',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'Number of billing periods, for a recurring frequency',
					routing: body('frequency_duration'),
				},
				{
					displayName: 'Percentage Rate',
					name: 'percentageRate',
					type: 'string',
					default: '',
					placeholder: '12.5',
					description: 'Discount in percent, for percentage coupons',
					routing: body('percentage_rate', '={{ String($value) }}'),
				},
			],
		},
	],
});
