import { defineOperation } from '../../../shared/operation';
import { currency, decimalText, wholeNumber } from '../../../shared/validation';
import { unwrap } from '../../client';
import { inWrapper, lagoLocator } from '../../fields';
import { inside } from '../../validation';
import { customerLocator } from '../customer/fields';
import { number, options, text } from '../../../shared/fields';

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
				number('amountCents', 'Amount (Cents)', 'Discount in cents, for fixed-amount coupons: 20.00 is 2000', body('amount_cents'), { typeOptions: { minValue: 0 } }),
				text('amountCurrency', 'Amount Currency', 'Three-letter ISO 4217 code, for fixed-amount coupons', body('amount_currency'), { placeholder: 'EUR' }),
				options('frequency', 'Frequency', undefined, [
					['Forever', 'forever', 'Applies to every invoice'],
					['Once', 'once', 'Applies to one invoice'],
					['Recurring', 'recurring', 'Applies for a number of billing periods'],
				], 'once', body('frequency')),
				number('frequencyDuration', 'Frequency Duration', 'Number of billing periods, for a recurring frequency', body('frequency_duration'), { default: 1, typeOptions: { minValue: 1 } }),
				text('percentageRate', 'Percentage Rate', 'Discount in percent, for percentage coupons', body('percentage_rate', '={{ String($value) }}'), { placeholder: '12.5' }),
			],
		},
	],
});
