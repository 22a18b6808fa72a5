import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { alertDetails, alertOutput, alertTypeField, subscriptionLocator, subscriptionStatus, thresholdRows } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create an alert on a subscription',
	description: 'Watch the usage of a subscription: Lago sends the alert.triggered webhook when a threshold is crossed',
	operationId: 'createSubscriptionAlert',
	method: 'POST',
	path: '/subscriptions/{subscription}/alerts',
	checks: [inside('alert', required('Alert Code', 'code'))],
	fields: [
		subscriptionLocator,
		{
			displayName: 'Alert Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'storage_threshold_alert',
			description: 'Unique code of the alert on the subscription',
			routing: { send: { type: 'body', property: 'alert.code' } },
		},
		{ ...alertTypeField, required: true },
		thresholdRows,
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: alertDetails },
		subscriptionStatus,
	],
	postReceive: alertOutput,
});
