import { defineOperation } from '../../../shared/operation';
import { entitlementRows, planLocator } from './fields';

export const replaceForPlan = defineOperation({
	name: 'Replace Plan Entitlements',
	value: 'replaceForPlan',
	action: 'Replace the entitlements of a plan',
	description: 'Set exactly these entitlements on a plan; the others are removed',
	operationId: 'createEntitlement',
	method: 'POST',
	path: '/plans/{plan}/entitlements',
	fields: [planLocator, entitlementRows],
	postReceive: [{ type: 'rootProperty', properties: { property: 'entitlements' } }],
});
