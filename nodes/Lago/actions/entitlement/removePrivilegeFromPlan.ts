import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { featureCodeField, planLocator, privilegeCodeField } from './fields';

export const removePrivilegeFromPlan = defineOperation({
	name: 'Remove Privilege From Plan',
	value: 'removePrivilegeFromPlan',
	action: 'Remove a privilege from an entitlement of a plan',
	description: 'Outputs the entitlement without the privilege',
	operationId: 'removeEntitlementPrivilege',
	method: 'DELETE',
	path: '/plans/{plan}/entitlements/{featureCode}/privileges/{privilegeCode}',
	fields: [planLocator, featureCodeField, privilegeCodeField],
	postReceive: unwrap('entitlement'),
});
