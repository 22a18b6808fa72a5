import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { featureCodeField, privilegeCodeField, subscriptionLocator, subscriptionStatus } from './fields';

export const removePrivilegeFromSubscription = defineOperation({
	name: 'Remove Privilege From Subscription',
	value: 'removePrivilegeFromSubscription',
	action: 'Remove a privilege from an entitlement of a subscription',
	description: 'Outputs the entitlement without the privilege',
	operationId: 'destroySubscriptionEntitlementPrivilege',
	method: 'DELETE',
	path: '/subscriptions/{subscription}/entitlements/{featureCode}/privileges/{privilegeCode}',
	fields: [subscriptionLocator, featureCodeField, privilegeCodeField, subscriptionStatus],
	postReceive: unwrap('entitlement'),
});
