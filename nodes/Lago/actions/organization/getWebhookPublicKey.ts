import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';

export const getWebhookPublicKey = defineOperation({
	name: 'Get Webhook Public Key',
	value: 'getWebhookPublicKey',
	action: 'Get the webhook public key of the organization',
	description: 'The base64 RSA public key that checks the JWT signature of Lago webhooks',
	operationId: 'fetchJsonPublicKey',
	method: 'GET',
	path: '/webhooks/json_public_key',
	fields: [],
	postReceive: unwrap('webhook'),
});
