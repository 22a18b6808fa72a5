import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { jsonObject, matches, required, type RequestCheck } from '../../../shared/validation';
import { CUSTOMER_ID_HINT, customerLocator, UUID } from '../customer/fields';

const trimmedTemplate: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	if (typeof body.templateId === 'string') body.templateId = body.templateId.trim();
};

export const send = defineOperation({
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Send a template to a customer, on the mechanisms their preferences allow',
	operationId: 'sendMessage',
	method: 'POST',
	path: '/messages/',
	checks: [
		trimmedTemplate,
		required('Template ID', 'templateId'),
		required('Customer', 'customerId'),
		matches('Customer', 'customerId', { pattern: UUID, problem: 'must be a Notihub ID (a UUID)', hint: CUSTOMER_ID_HINT }),
		jsonObject('Model', 'model'),
	],
	fields: [
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'email.verification.link',
			description: 'The template to send, as named in Notihub',
			routing: { send: { type: 'body', property: 'templateId' } },
		},
		{
			...customerLocator,
			description: 'The customer to send the message to',
			routing: { send: { type: 'body', property: 'customerId' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Force Mechanisms',
					name: 'force',
					type: 'multiOptions',
					options: [
						{ name: 'Email', value: 'EMAIL' },
						{ name: 'Phone', value: 'PHONE' },
						{ name: 'Push', value: 'PUSH' },
					],
					default: [],
					description:
						'Send on these mechanisms whatever the customer\'s preferences say, for example to verify an email address',
					routing: { send: { type: 'body', property: 'force', value: '={{ $value.length ? $value : undefined }}' } },
				},
				{
					displayName: 'Model',
					name: 'model',
					type: 'json',
					default: '{}',
					description: 'A JSON object whose values fill the template\'s placeholders, like {"displayName": "Sky Walk"}',
					routing: { send: { type: 'body', property: 'model' } },
				},
			],
		},
	],
});
