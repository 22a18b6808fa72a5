import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { webhookEndpointLocator } from './fields';

export const deleteWebhookEndpoint = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a webhook endpoint',
	operationId: 'destroyWebhookEndpoint',
	method: 'DELETE',
	path: '/webhook_endpoints/{webhookEndpointId}',
	fields: [webhookEndpointLocator],
	postReceive: [deletedRecord('webhookEndpointId')],
});
