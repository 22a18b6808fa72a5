import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { customerLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a customer',
	operationId: 'findCustomer',
	method: 'GET',
	path: '/customers/{customer}',
	postReceive: unwrap('customer'),
	fields: [customerLocator],
});
