import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { subscriptionLocator } from '../sharedFields/locators';

export const getLifetimeUsage = defineOperation({
	name: 'Get Lifetime Usage',
	value: 'getLifetimeUsage',
	action: 'Get the lifetime usage of a subscription',
	description: 'Usage amounts since the subscription started, with the progressive billing thresholds reached',
	operationId: 'getSubscriptionLifetimeUsage',
	method: 'GET',
	path: '/subscriptions/{subscription}/lifetime_usage',
	fields: [subscriptionLocator],
	postReceive: unwrap('lifetime_usage'),
});
