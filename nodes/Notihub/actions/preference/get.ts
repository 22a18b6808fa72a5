import { defineOperation } from '../../../shared/operation';
import { customerLocator, customerPath } from '../customer/fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get the preferences of a customer',
	description: 'Get the mechanisms a customer chose per template group; one item per group',
	operationId: 'getPreferences',
	method: 'GET',
	path: '/customers/{customerId}/preferences/',
	pathParameters: customerPath,
	fields: [customerLocator],
});
