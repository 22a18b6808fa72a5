import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteDiscountCode } from './delete';
import { getAll } from './getAll';

export const discountCode = defineResource({
	name: 'Discount Code',
	value: 'discountCode',
	operations: [create, deleteDiscountCode, getAll],
});
