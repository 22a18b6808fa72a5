import { defineOperation } from '../../../shared/operation';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many webhooks',
	description: "Every webhook of the workspace (Dub serves them in one list), with each one's events",
	operationId: 'listWebhooks',
	method: 'GET',
	path: '/webhooks',
});
