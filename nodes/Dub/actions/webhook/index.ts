import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteWebhook } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const webhook = defineResource({
	name: 'Webhook',
	value: 'webhook',
	operations: [create, deleteWebhook, get, getAll, update],
});
