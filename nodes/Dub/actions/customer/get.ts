import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow, simplified } from '../../../shared/output';
import { customerLocator, customerPath, customerSimplify, includeExpandedFields, simpleCustomer } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a customer',
	operationId: 'getCustomer',
	method: 'GET',
	path: '/customers/{customerId}',
	pathParameters: customerPath,
	fields: [customerLocator, includeExpandedFields, customerSimplify],
	postReceive: [oneItemPerRow, simplified(simpleCustomer)],
});
