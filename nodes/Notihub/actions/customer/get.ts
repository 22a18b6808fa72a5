import { defineOperation } from '../../../shared/operation';
import { customerLocator, customerPath } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a customer',
	operationId: 'getCustomer',
	method: 'GET',
	path: '/customers/{customerId}',
	pathParameters: customerPath,
	fields: [customerLocator],
});
