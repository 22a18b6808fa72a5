import { defineOperation } from '../../../shared/operation';
import { webhookEndpointLocator, webhookEndpointOptions, webhookEndpointOutput, webhookUrlField } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a webhook endpoint',
	description: 'Change the URL, name, signature or event types of an endpoint; Lago needs the URL every time',
	operationId: 'updateWebhookEndpoint',
	method: 'PUT',
	path: '/webhook_endpoints/{webhookEndpointId}',
	fields: [
		webhookEndpointLocator,
		webhookUrlField,
		group('updateFields', webhookEndpointOptions),
	],
	postReceive: webhookEndpointOutput,
});
