import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency, dateTime, decimalText } from '../../../shared/validation';
import { couponLocator, ensureObject, recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { couponOptions, couponTerms, frequency, sendExpiration } from './fields';
import { group, options, text } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a coupon',
	description: 'Change a coupon; customers it is already applied to keep the terms they got',
	operationId: 'updateCoupon',
	method: 'PUT',
	path: '/coupons/{couponCode}',
	checks: [
		inside(
			'coupon',
			wholeNumber('Amount (Cents)', 'amount_cents', { min: 0, hint: 'In cents: 20.00 is 2000' }),
			currency('Amount Currency', 'amount_currency'),
			decimalText('Percentage Rate', 'percentage_rate'),
			wholeNumber('Frequency Duration', 'frequency_duration', { min: 1 }),
			dateTime('Expires At', 'expiration_at'),
		),
	],
	preSend: [sendExpiration(false), ensureObject('coupon')],
	postReceive: recordOutput('coupon'),
	fields: [
		couponLocator,
		group('updateFields', [
			...couponTerms(false),
			text('code', 'Code', 'A new code for the coupon', { type: 'body', property: 'coupon.code' }),
			options('couponType', 'Coupon Type', undefined, [['Fixed Amount', 'fixed_amount'], ['Percentage', 'percentage']], 'fixed_amount', { type: 'body', property: 'coupon.coupon_type' }),
			frequency,
			text('name', 'Name', undefined, { type: 'body', property: 'coupon.name' }),
			...couponOptions,
		]),
	],
});
