import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { featureCodeField, planLocator } from './fields';

export const getForPlan = defineOperation({
	name: 'Get for Plan',
	value: 'getForPlan',
	action: 'Get one entitlement of a plan',
	operationId: 'findEntitlement',
	method: 'GET',
	path: '/plans/{plan}/entitlements/{featureCode}',
	fields: [planLocator, featureCodeField],
	postReceive: unwrap('entitlement'),
});
