import { defineOperation } from '../../../shared/operation';
import { couponLocator, recordOutput } from '../../billingFields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a coupon',
	operationId: 'findCoupon',
	method: 'GET',
	path: '/coupons/{couponCode}',
	fields: [couponLocator],
	postReceive: recordOutput('coupon'),
});
