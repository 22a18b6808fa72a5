import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { alertDetails, alertOutput, alertTypeField, subscriptionLocator, subscriptionStatus, thresholdRows } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		text('code', 'Alert Code', 'Unique code of the alert on the subscription', toBody('alert.code'), { required: true, placeholder: 'storage_threshold_alert' }),
		{ ...alertTypeField, required: true },
		thresholdRows,
		group('additionalFields', alertDetails),
		subscriptionStatus,
	],
	postReceive: alertOutput,
});
