import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { jsonObject, matches, required, type RequestCheck } from '../../../shared/validation';
import { CUSTOMER_ID_HINT, customerLocator, UUID } from '../customer/fields';
import { group, json, multiOptions, text } from '../../../shared/fields';

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
		text('templateId', 'Template ID', 'The template to send, as named in Notihub', 'body', { required: true, placeholder: 'email.verification.link' }),
		{
			...customerLocator,
			description: 'The customer to send the message to',
			routing: { send: { type: 'body', property: 'customerId' } },
		},
		group('additionalFields', [
			multiOptions('force', 'Force Mechanisms', 'Send on these mechanisms whatever the customer\'s preferences say, for example to verify an email address', [['Email', 'EMAIL'], ['Phone', 'PHONE'], ['Push', 'PUSH']], { type: 'body', property: 'force', value: '={{ $value.length ? $value : undefined }}' }),
			json('model', 'Model', 'A JSON object whose values fill the template\'s placeholders, like {"displayName": "Sky Walk"}', 'body'),
		]),
	],
});
