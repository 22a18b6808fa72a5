import { defineOperation } from '../../../shared/operation';
import { alertCodeField, alertDetails, alertOutput, subscriptionLocator, subscriptionStatus, thresholdRows } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update an alert of a subscription',
	description: 'Change the name, metric or thresholds of an alert; new thresholds replace the old ones',
	operationId: 'updateSubscriptionAlert',
	method: 'PUT',
	path: '/subscriptions/{subscription}/alerts/{alertCode}',
	requireSomeOf: 'updateFields',
	request: { body: { alert: {} } },
	fields: [
		subscriptionLocator,
		alertCodeField,
		group('updateFields', [...alertDetails, thresholdRows]),
		subscriptionStatus,
	],
	postReceive: alertOutput,
});
