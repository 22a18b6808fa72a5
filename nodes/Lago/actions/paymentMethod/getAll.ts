import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { customerLocator } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get the payment methods of a customer',
	operationId: 'findAllCustomersPaymentMethods',
	method: 'GET',
	path: '/customers/{customer}/payment_methods',
	walk: lagoPages('payment_methods'),
	fields: [customerLocator],
});
