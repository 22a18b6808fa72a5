import { defineOperation } from '../../../shared/operation';
import { subscriptionLocator, subscriptionStatus } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get the alerts of a subscription',
	operationId: 'getSubscriptionAlerts',
	method: 'GET',
	path: '/subscriptions/{subscription}/alerts',
	fields: [subscriptionLocator, subscriptionStatus],
	postReceive: [{ type: 'rootProperty', properties: { property: 'alerts' } }],
});
