import { defineOperation } from '../../../shared/operation';
import { entitlementRows, planLocator } from './fields';

export const updateForPlan = defineOperation({
	name: 'Update Plan Entitlements',
	value: 'updateForPlan',
	action: 'Add or change entitlements of a plan',
	description: 'Add these entitlements to a plan, or change their privilege values; the others stay',
	operationId: 'updateEntitlement',
	method: 'PATCH',
	path: '/plans/{plan}/entitlements',
	fields: [planLocator, entitlementRows],
	postReceive: [{ type: 'rootProperty', properties: { property: 'entitlements' } }],
});
