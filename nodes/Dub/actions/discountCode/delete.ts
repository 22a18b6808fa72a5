import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { text } from '../../../shared/fields';

export const deleteDiscountCode = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a discount code',
	description: 'Delete a discount code; customers can no longer use it',
	operationId: 'deleteDiscountCode',
	method: 'DELETE',
	path: '/discount-codes/{discountCodeId}',
	fields: [
		text('discountCodeId', 'Discount Code ID or Code', "The code's ID, or the code itself", undefined, { required: true, placeholder: 'JANE20' }),
	],
	postReceive: [deletedRecord('discountCodeId', 'id')],
});
