import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields } from '../common';
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
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'CRM sync',
			description: 'Shown in Dub, at most 40 characters',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/dub-events',
			description: 'Where Dub POSTs the events; one URL per workspace',
			routing: { send: { type: 'body', property: 'url' } },
		},
		{ ...webhookTriggers, required: true },
		optionalFields(webhookScopeFields),
	],
});
