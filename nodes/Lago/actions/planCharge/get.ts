import { defineOperation } from '../../../shared/operation';
import { chargeOutput, planChargeLocator, planLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a charge of a plan',
	operationId: 'findPlanCharge',
	method: 'GET',
	path: '/plans/{plan}/charges/{charge}',
	fields: [planLocator, planChargeLocator],
	postReceive: chargeOutput,
});
