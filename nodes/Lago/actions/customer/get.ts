import { defineOperation } from '../../../shared/operation';
import { simplifySwitch } from '../../../shared/output';
import { CUSTOMER_FIELDS, recordOutput } from '../../billingFields';
import { customerLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a customer',
	operationId: 'findCustomer',
	method: 'GET',
	path: '/customers/{customer}',
	postReceive: recordOutput('customer', CUSTOMER_FIELDS),
	fields: [customerLocator, simplifySwitch('customer')],
});
