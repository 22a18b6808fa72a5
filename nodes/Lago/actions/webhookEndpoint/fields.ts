import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { commaSeparated, inWrapper, LAGO_ID } from '../../fields';
import { options, recordLocator, text } from '../../../shared/fields';

const body = inWrapper('webhook_endpoint');

export const webhookEndpointOutput = unwrap('webhook_endpoint');

export const webhookEndpointLocator: INodeProperties = recordLocator({
	displayName: 'Webhook Endpoint',
	name: 'webhookEndpointId',
	searchListMethod: 'searchWebhookEndpoints',
	placeholder: LAGO_ID,
});

export const webhookUrlField: INodeProperties = text('webhookUrl', 'Webhook URL', 'Where Lago posts its webhooks', body('webhook_url'), { required: true, placeholder: 'https://example.com/lago-webhooks' });

export const webhookEndpointOptions: INodeProperties[] = [
	text('eventTypes', 'Event Types', 'Comma-separated webhook types sent to this endpoint; all types when empty', body('event_types', commaSeparated), { placeholder: 'invoice.created, customer.created' }),
	text('name', 'Name', undefined, body('name')),
	options('signatureAlgo', 'Signature Algorithm', 'How Lago signs the webhooks it sends here', [['HMAC', 'hmac'], ['JWT', 'jwt']], 'hmac', body('signature_algo')),
];
