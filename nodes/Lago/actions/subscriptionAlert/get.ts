import { defineOperation } from '../../../shared/operation';
import { alertCodeField, alertOutput, subscriptionLocator, subscriptionStatus } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an alert of a subscription',
	operationId: 'getSubscriptionAlert',
	method: 'GET',
	path: '/subscriptions/{subscription}/alerts/{alertCode}',
	fields: [subscriptionLocator, alertCodeField, subscriptionStatus],
	postReceive: alertOutput,
});
