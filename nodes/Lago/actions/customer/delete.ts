import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { customerLocator } from './fields';

export const deleteCustomer = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a customer',
	operationId: 'destroyCustomer',
	method: 'DELETE',
	path: '/customers/{customer}',
	postReceive: [deletedRecord('customer')],
	fields: [customerLocator],
});
