import { defineOperation } from '../../../shared/operation';
import { fixedChargeCode, fixedChargeOutput, planLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a fixed charge of a plan',
	operationId: 'findPlanFixedCharge',
	method: 'GET',
	path: '/plans/{plan}/fixed_charges/{fixedChargeCode}',
	fields: [planLocator, fixedChargeCode],
	postReceive: fixedChargeOutput,
});
