import { defineOperation } from '../../../shared/operation';
import { featureCodeField, planLocator } from './fields';

export const deleteFromPlan = defineOperation({
	name: 'Delete From Plan',
	value: 'deleteFromPlan',
	action: 'Remove a feature entitlement from a plan',
	operationId: 'destroyEntitlement',
	method: 'DELETE',
	path: '/plans/{plan}/entitlements/{featureCode}',
	fields: [planLocator, featureCodeField],
});
