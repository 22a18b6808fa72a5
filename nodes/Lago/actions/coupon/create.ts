import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency, dateTime, decimalText } from '../../../shared/validation';
import { recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { couponOptions, couponTerms, frequency, sendExpiration } from './fields';
import { group, options, text } from '../../../shared/fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a coupon',
	description: 'A fixed-amount or percentage discount that can then be applied to customers',
	operationId: 'createCoupon',
	method: 'POST',
	path: '/coupons',
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
	preSend: [sendExpiration(true)],
	postReceive: recordOutput('coupon'),
	fields: [
		text('name', 'Name', undefined, { type: 'body', property: 'coupon.name' }, { required: true, placeholder: 'Startup Deal' }),
		text('code', 'Code', 'Unique code, used to apply the coupon', { type: 'body', property: 'coupon.code' }, { required: true, placeholder: 'startup_deal' }),
		options('couponType', 'Coupon Type', undefined, [
			['Fixed Amount', 'fixed_amount'],
			['Percentage', 'percentage'],
		], 'fixed_amount', { type: 'body', property: 'coupon.coupon_type' }, { required: true }),
		...couponTerms(true),
		frequency,
		group('additionalFields', couponOptions),
	],
});
