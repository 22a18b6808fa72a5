import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';

export const getAllForPlan = defineOperation({
	name: 'Get Many for Plan',
	value: 'getAllForPlan',
	action: 'Get the entitlements of a plan',
	description: 'One item per feature the plan grants',
	operationId: 'findAllEntitlements',
	method: 'GET',
	path: '/plans/{plan}/entitlements',
	fields: [planLocator],
	postReceive: [{ type: 'rootProperty', properties: { property: 'entitlements' } }],
});
