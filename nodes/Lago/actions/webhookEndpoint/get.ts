import { defineOperation } from '../../../shared/operation';
import { webhookEndpointLocator, webhookEndpointOutput } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a webhook endpoint',
	operationId: 'findWebhookEndpoint',
	method: 'GET',
	path: '/webhook_endpoints/{webhookEndpointId}',
	fields: [webhookEndpointLocator],
	postReceive: webhookEndpointOutput,
});
