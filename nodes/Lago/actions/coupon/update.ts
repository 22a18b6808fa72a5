import { defineOperation } from '../../../shared/operation';
import { couponLocator, ensureObject, recordOutput } from '../../billingFields';
import { couponChecks, couponOptions, couponTerms, couponType, frequency, sendExpiration } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a coupon',
	description: 'Change a coupon; customers it is already applied to keep the terms they got',
	operationId: 'updateCoupon',
	method: 'PUT',
	path: '/coupons/{couponCode}',
	checks: couponChecks,
	preSend: [sendExpiration(false), ensureObject('coupon')],
	postReceive: recordOutput('coupon'),
	fields: [
		couponLocator,
		group('updateFields', [
			...couponTerms(false),
			text('code', 'Code', 'A new code for the coupon', toBody('coupon.code')),
			couponType(),
			frequency,
			text('name', 'Name', undefined, toBody('coupon.name')),
			...couponOptions,
		]),
	],
});
