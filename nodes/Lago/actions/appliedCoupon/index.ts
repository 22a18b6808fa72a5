import { defineResource } from '../../../shared/operation';
import { apply } from './apply';
import { deleteAppliedCoupon } from './delete';
import { getAll } from './getAll';

export const appliedCoupon = defineResource({
	name: 'Applied Coupon',
	value: 'appliedCoupon',
	operations: [apply, deleteAppliedCoupon, getAll],
	defaultOperation: apply.value,
});
