import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteCoupon } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const coupon = defineResource({
	name: 'Coupon',
	value: 'coupon',
	operations: [create, deleteCoupon, get, getAll, update],
});
