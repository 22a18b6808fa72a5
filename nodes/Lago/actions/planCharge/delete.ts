import { defineOperation } from '../../../shared/operation';
import { chargeCascade, planChargeLocator, planLocator } from './fields';

export const deleteCharge = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Remove a charge from a plan',
	operationId: 'destroyPlanCharge',
	method: 'DELETE',
	path: '/plans/{plan}/charges/{charge}',
	fields: [planLocator, planChargeLocator, { ...chargeCascade, description: 'Whether the charge is also removed from subscriptions that override the plan' }],
});
