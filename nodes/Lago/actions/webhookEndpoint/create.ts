import { defineOperation } from '../../../shared/operation';
import { webhookEndpointOptions, webhookEndpointOutput, webhookUrlField } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a webhook endpoint',
	operationId: 'createWebhookEndpoint',
	method: 'POST',
	path: '/webhook_endpoints',
	fields: [
		webhookUrlField,
		{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: webhookEndpointOptions },
	],
	postReceive: webhookEndpointOutput,
});
