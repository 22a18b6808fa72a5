import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { couponChecks, couponOptions, couponTerms, couponType, frequency, sendExpiration } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a coupon',
	description: 'A fixed-amount or percentage discount that can then be applied to customers',
	operationId: 'createCoupon',
	method: 'POST',
	path: '/coupons',
	checks: couponChecks,
	preSend: [sendExpiration(true)],
	postReceive: recordOutput('coupon'),
	fields: [
		text('name', 'Name', undefined, toBody('coupon.name'), { required: true, placeholder: 'Startup Deal' }),
		text('code', 'Code', 'Unique code, used to apply the coupon', toBody('coupon.code'), { required: true, placeholder: 'startup_deal' }),
		couponType({ required: true }),
		...couponTerms(true),
		frequency,
		group('additionalFields', couponOptions),
	],
});
