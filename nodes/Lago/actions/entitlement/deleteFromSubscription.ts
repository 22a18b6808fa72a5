import { defineOperation } from '../../../shared/operation';
import { featureCodeField, subscriptionLocator, subscriptionStatus } from './fields';

export const deleteFromSubscription = defineOperation({
	name: 'Delete From Subscription',
	value: 'deleteFromSubscription',
	action: 'Remove a feature entitlement from a subscription',
	operationId: 'destroySubscriptionEntitlement',
	method: 'DELETE',
	path: '/subscriptions/{subscription}/entitlements/{featureCode}',
	fields: [subscriptionLocator, featureCodeField, subscriptionStatus],
});
