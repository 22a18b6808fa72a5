import { defineOperation } from '../../../shared/operation';
import { entitlementRows, subscriptionLocator, subscriptionStatus } from './fields';

export const updateForSubscription = defineOperation({
	name: 'Update for Subscription',
	value: 'updateForSubscription',
	action: 'Set entitlement overrides of a subscription',
	description: 'Add entitlements to one subscription, or change their values, without changing its plan',
	operationId: 'updateSubscriptionEntitlements',
	method: 'PATCH',
	path: '/subscriptions/{subscription}/entitlements',
	fields: [subscriptionLocator, entitlementRows, subscriptionStatus],
	postReceive: [{ type: 'rootProperty', properties: { property: 'entitlements' } }],
});
