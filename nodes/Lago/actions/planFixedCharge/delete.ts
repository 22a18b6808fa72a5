import { defineOperation } from '../../../shared/operation';
import { cascadeUpdates, fixedChargeCode, planLocator } from './fields';

export const deleteFixedCharge = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Remove a fixed charge from a plan',
	operationId: 'destroyPlanFixedCharge',
	method: 'DELETE',
	path: '/plans/{plan}/fixed_charges/{fixedChargeCode}',
	fields: [planLocator, fixedChargeCode, { ...cascadeUpdates, description: 'Whether the fixed charge is also removed from subscriptions that override the plan' }],
});
