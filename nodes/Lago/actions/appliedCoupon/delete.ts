import { defineOperation } from '../../../shared/operation';
import { lagoLocator } from '../../fields';
import { customerLocator } from '../customer/fields';

export const deleteAppliedCoupon = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Remove a coupon from a customer',
	operationId: 'deleteAppliedCoupon',
	method: 'DELETE',
	path: '/customers/{customer}/applied_coupons/{appliedCoupon}',
	fields: [
		customerLocator,
		lagoLocator({
			displayName: 'Applied Coupon',
			name: 'appliedCoupon',
			description: "The coupon application to remove; the list shows the customer's active ones",
			searchListMethod: 'searchAppliedCoupons',
			by: 'id',
			hint: 'The Lago ID of the applied coupon (lago_id), not the coupon code',
		}),
	],
});
