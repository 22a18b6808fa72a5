import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';

export const deleteDiscountCode = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a discount code',
	description: 'Delete a discount code; customers can no longer use it',
	operationId: 'deleteDiscountCode',
	method: 'DELETE',
	path: '/discount-codes/{discountCodeId}',
	fields: [
		{
			displayName: 'Discount Code ID or Code',
			name: 'discountCodeId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'JANE20',
			description: "The code's ID, or the code itself",
		},
	],
	postReceive: [deletedRecord('discountCodeId', 'id')],
});
