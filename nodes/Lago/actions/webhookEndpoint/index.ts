import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteWebhookEndpoint } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const webhookEndpoint = defineResource({
	name: 'Webhook Endpoint',
	value: 'webhookEndpoint',
	description: 'Addresses Lago posts its webhooks to',
	operations: [create, deleteWebhookEndpoint, get, getAll, update],
});
