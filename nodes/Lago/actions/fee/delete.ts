import { defineOperation } from '../../../shared/operation';
import { feeId } from './fields';

export const deleteFee = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a fee',
	description: 'Delete a pay-in-advance fee that is not invoiced yet',
	operationId: 'deleteFee',
	method: 'DELETE',
	path: '/fees/{feeId}',
	fields: [feeId],
});
