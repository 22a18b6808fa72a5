import { defineOperation } from '../../../shared/operation';
import { webhookEndpointLocator } from './fields';

export const deleteWebhookEndpoint = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a webhook endpoint',
	operationId: 'destroyWebhookEndpoint',
	method: 'DELETE',
	path: '/webhook_endpoints/{webhookEndpointId}',
	fields: [webhookEndpointLocator],
});
