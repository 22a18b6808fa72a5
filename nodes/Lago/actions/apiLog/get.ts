import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { text } from '../../../shared/fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an API log entry',
	operationId: 'findApiLog',
	method: 'GET',
	path: '/api_logs/{requestId}',
	fields: [
		text('requestId', 'Request ID', 'The request_id of the entry', undefined, { required: true }),
	],
	postReceive: unwrap('api_log'),
});
