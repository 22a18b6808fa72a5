import { defineOperation } from '../../../shared/operation';
import { customerLocator, customerPath } from './fields';

export const deleteCustomer = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a customer',
	description: 'Delete a customer with their contacts and preferences',
	operationId: 'deleteCustomer',
	method: 'DELETE',
	path: '/customers/{customerId}',
	pathParameters: customerPath,
	fields: [customerLocator],
});
