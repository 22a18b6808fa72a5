import { defineOperation } from '../../../shared/operation';
import { couponLocator } from '../../billingFields';

export const deleteCoupon = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a coupon',
	description: 'The coupon can no longer be applied; customers who have it keep it',
	operationId: 'destroyCoupon',
	method: 'DELETE',
	path: '/coupons/{couponCode}',
	fields: [couponLocator],
});
