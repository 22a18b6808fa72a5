import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { commaSeparated, inWrapper } from '../../fields';

const body = inWrapper('webhook_endpoint');

export const webhookEndpointOutput = unwrap('webhook_endpoint');

export const webhookEndpointLocator: INodeProperties = {
	displayName: 'Webhook Endpoint',
	name: 'webhookEndpointId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWebhookEndpoints', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90' },
	],
};

export const webhookUrlField: INodeProperties = {
	displayName: 'Webhook URL',
	name: 'webhookUrl',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'https://example.com/lago-webhooks',
	description: 'Where Lago posts its webhooks',
	routing: body('webhook_url'),
};

export const webhookEndpointOptions: INodeProperties[] = [
	{
		displayName: 'Event Types',
		name: 'eventTypes',
		type: 'string',
		default: '',
		placeholder: 'invoice.created, customer.created',
		description: 'Comma-separated webhook types sent to this endpoint; all types when empty',
		routing: body('event_types', commaSeparated),
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: body('name') },
	{
		displayName: 'Signature Algorithm',
		name: 'signatureAlgo',
		type: 'options',
		default: 'hmac',
		options: [
			{ name: 'HMAC', value: 'hmac' },
			{ name: 'JWT', value: 'jwt' },
		],
		description: 'How Lago signs the webhooks it sends here',
		routing: body('signature_algo'),
	},
];
