import { defineOperation } from '../../../shared/operation';
import { customerLocator } from './fields';

export const deleteCustomer = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a customer',
	operationId: 'destroyCustomer',
	method: 'DELETE',
	path: '/customers/{customer}',
	fields: [customerLocator],
});
