import { defineResource } from '../../../shared/operation';
import { getWebhookPublicKey } from './getWebhookPublicKey';
import { update } from './update';

export const organization = defineResource({
	name: 'Organization',
	value: 'organization',
	description: 'The settings of the organization of the API key',
	operations: [getWebhookPublicKey, update],
	defaultOperation: 'update',
});
