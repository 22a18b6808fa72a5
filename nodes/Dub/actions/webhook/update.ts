import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields } from '../../../shared/fields';
import { webhookLocator, webhookScope, webhookScopeFields, webhookTriggers } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a webhook',
	operationId: 'updateWebhook',
	method: 'PATCH',
	path: '/webhooks/{webhookId}',
	checks: [webhookScope],
	fields: [
		webhookLocator,
		optionalFields(
			[
				webhookTriggers,
				...webhookScopeFields,
				bodyText('name', 'Name', 'Shown in Dub, at most 40 characters'),
				bodyText('url', 'URL', 'Where Dub POSTs the events', 'https://example.com/dub-events'),
			],
			'updateFields',
		),
	],
});
