import { defineOperation } from '../../../shared/operation';
import { planLocator, planOutput, planSimplify } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a plan',
	operationId: 'findPlan',
	method: 'GET',
	path: '/plans/{plan}',
	fields: [planLocator, planSimplify],
	postReceive: planOutput,
});
