import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { subscriptionLocator, subscriptionStatus } from './fields';

export const deleteAll = defineOperation({
	name: 'Delete All',
	value: 'deleteAll',
	action: 'Delete all alerts of a subscription',
	operationId: 'deleteAllSubscriptionAlerts',
	method: 'DELETE',
	path: '/subscriptions/{subscription}/alerts',
	fields: [subscriptionLocator, subscriptionStatus],
	postReceive: [deletedRecord('subscription')],
});
