import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many webhook endpoints',
	operationId: 'findAllWebhookEndpoints',
	method: 'GET',
	path: '/webhook_endpoints',
	walk: lagoPages('webhook_endpoints'),
	fields: [],
});
