import { defineOperation } from '../../../shared/operation';
import { billingEntityLocator, billingEntityOutput } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a billing entity',
	operationId: 'getBillingEntity',
	method: 'GET',
	path: '/billing_entities/{billingEntity}',
	fields: [billingEntityLocator],
	postReceive: billingEntityOutput,
});
