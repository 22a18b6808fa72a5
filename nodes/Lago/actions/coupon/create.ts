import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency, dateTime, decimalText } from '../../../shared/validation';
import { recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { couponOptions, couponTerms, frequency, sendExpiration } from './fields';

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
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'Startup Deal', routing: { send: { type: 'body', property: 'coupon.name' } } },
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'startup_deal',
			description: 'Unique code, used to apply the coupon',
			routing: { send: { type: 'body', property: 'coupon.code' } },
		},
		{
			displayName: 'Coupon Type',
			name: 'couponType',
			type: 'options',
			required: true,
			default: 'fixed_amount',
			options: [
				{ name: 'Fixed Amount', value: 'fixed_amount' },
				{ name: 'Percentage', value: 'percentage' },
			],
			routing: { send: { type: 'body', property: 'coupon.coupon_type' } },
		},
		...couponTerms(true),
		frequency,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: couponOptions,
		},
	],
});
