import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields, text } from '../../../shared/fields';
import { webhookScope, webhookScopeFields, webhookTriggers } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a webhook',
	description: 'Register a URL for Dub events; the answer holds the signing secret',
	operationId: 'createWebhook',
	method: 'POST',
	path: '/webhooks',
	checks: [required('Name', 'name'), required('URL', 'url'), webhookScope],
	fields: [
		text('name', 'Name', 'Shown in Dub, at most 40 characters', 'body', { required: true, placeholder: 'CRM sync' }),
		text('url', 'URL', 'Where Dub POSTs the events; one URL per workspace', 'body', { required: true, placeholder: 'https://example.com/dub-events' }),
		{ ...webhookTriggers, required: true },
		optionalFields(webhookScopeFields),
	],
});
