import { defineOperation } from '../../../shared/operation';
import { webhookEndpointOptions, webhookEndpointOutput, webhookUrlField } from './fields';
import { group } from '../../../shared/fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a webhook endpoint',
	operationId: 'createWebhookEndpoint',
	method: 'POST',
	path: '/webhook_endpoints',
	fields: [
		webhookUrlField,
		group('options', webhookEndpointOptions),
	],
	postReceive: webhookEndpointOutput,
});
