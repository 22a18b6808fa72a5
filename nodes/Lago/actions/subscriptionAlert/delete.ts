import { defineOperation } from '../../../shared/operation';
import { alertCodeField, subscriptionLocator, subscriptionStatus } from './fields';

export const deleteAlert = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete an alert of a subscription',
	operationId: 'deleteSubscriptionAlert',
	method: 'DELETE',
	path: '/subscriptions/{subscription}/alerts/{alertCode}',
	fields: [subscriptionLocator, alertCodeField, subscriptionStatus],
});
