import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { invalidField, jsonObject, required, validate, type RequestCheck } from '../../shared/validation';
import { customerInBody, customerLocator, UUID_PATTERN, uuidParameter } from '../locators';
import { notihubPages } from '../transport';

const showFor = (operation: string[]) => ({ show: { resource: ['message'], operation } });

async function messagePath(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	request.url = `/messages/${uuidParameter(this, 'messageId', 'Message')}/`;
	return request;
}

const customerFilter: RequestCheck = function (request) {
	const qs = request.qs as IDataObject;
	if (qs.customerId === undefined) return;
	const value = String(qs.customerId).trim();
	if (!new RegExp(UUID_PATTERN).test(value)) {
		throw invalidField(this, 'Customer ID', `must be a Notihub customer ID (a UUID), got "${value}"`);
	}
	qs.customerId = value;
};

const trimmed = (key: string): RequestCheck =>
	function (request) {
		const body = request.body as IDataObject;
		if (typeof body[key] === 'string') body[key] = (body[key] as string).trim();
	};

export const messageOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message',
				description: 'Get a message with the status of each delivery',
				routing: { request: { method: 'GET' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				routing: {
					request: { method: 'GET', url: '/messages/' },
					send: { preSend: [validate(customerFilter)] },
					operations: { pagination: notihubPages },
				},
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a template to a customer, on the mechanisms their preferences allow',
				routing: {
					request: { method: 'POST', url: '/messages/' },
					send: {
						preSend: [
							validate(trimmed('templateId'), required('Template ID', 'templateId'), jsonObject('Model', 'model')),
						],
					},
				},
			},
		],
		default: 'send',
	},
];

export const messageFieldsDescription: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'messageId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: showFor(['get']),
		description: 'The message to get',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchMessages', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'd545490f-46f7-4e31-aaa5-94d06fdf3f60',
				validation: [{ type: 'regex', properties: { regex: UUID_PATTERN, errorMessage: 'A Notihub message ID is a UUID' } }],
			},
		],
		routing: { send: { preSend: [messagePath] } },
	},

	// Send
	{
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'email.verification.link',
		description: 'The template to send, as named in Notihub',
		displayOptions: showFor(['send']),
		routing: { send: { type: 'body', property: 'templateId' } },
	},
	customerLocator('message', ['send'], { send: { preSend: [customerInBody] } }, 'The customer to send the message to'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['send']),
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

	// Get Many
	...returnAllAndLimit('message'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				placeholder: '0f42b842-007d-4c98-9160-ae6b6e908ca0',
				description: 'Only messages sent to this customer (the Notihub customer UUID)',
				routing: { send: { type: 'query', property: 'customerId' } },
			},
			{
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				description: 'Only messages sent with this template',
				routing: { send: { type: 'query', property: 'templateId', value: '={{ $value.trim() }}' } },
			},
		],
	},
];
