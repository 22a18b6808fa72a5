import { defineOperation } from '../../../shared/operation';
import { webhookLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a webhook',
	operationId: 'getWebhook',
	method: 'GET',
	path: '/webhooks/{webhookId}',
	fields: [webhookLocator],
});
