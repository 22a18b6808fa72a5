import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { webhookLocator } from './fields';

export const deleteWebhook = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a webhook',
	operationId: 'deleteWebhook',
	method: 'DELETE',
	path: '/webhooks/{webhookId}',
	fields: [webhookLocator],
	postReceive: [deletedRecord('webhookId', 'id')],
});
