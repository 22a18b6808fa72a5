import { getAll as allAppliedCoupons } from '../appliedCoupon/getAll';
import { customerList, filtersOf } from './lists';

export const getAppliedCoupons = customerList({
	name: 'Get Applied Coupons',
	value: 'getAppliedCoupons',
	action: 'Get the coupons applied to a customer',
	operationId: 'findAllCustomerAppliedCoupons',
	records: 'applied_coupons',
	filters: filtersOf(allAppliedCoupons, ['couponCodes', 'status']),
});
