import { defineOperation } from '../../../shared/operation';
import { subscriptionLocator, subscriptionStatus } from './fields';

export const getAllForSubscription = defineOperation({
	name: 'Get Many for Subscription',
	value: 'getAllForSubscription',
	action: 'Get the entitlements of a subscription',
	description: 'What the subscription grants: the entitlements of its plan with its own overrides, one item per feature',
	operationId: 'findAllSubscriptionEntitlements',
	method: 'GET',
	path: '/subscriptions/{subscription}/entitlements',
	fields: [subscriptionLocator, subscriptionStatus],
	postReceive: [{ type: 'rootProperty', properties: { property: 'entitlements' } }],
});
