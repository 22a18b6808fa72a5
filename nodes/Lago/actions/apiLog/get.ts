import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an API log entry',
	operationId: 'findApiLog',
	method: 'GET',
	path: '/api_logs/{requestId}',
	fields: [
		{
			displayName: 'Request ID',
			name: 'requestId',
			type: 'string',
			required: true,
			default: '',
			description: 'The request_id of the entry',
		},
	],
	postReceive: unwrap('api_log'),
});
