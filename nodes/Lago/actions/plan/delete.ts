import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';

export const deletePlan = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a plan',
	description: 'Delete a plan; Lago terminates the subscriptions on it',
	operationId: 'destroyPlan',
	method: 'DELETE',
	path: '/plans/{plan}',
	fields: [planLocator],
});
