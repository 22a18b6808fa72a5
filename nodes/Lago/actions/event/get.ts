import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a usage event',
	description: 'Get an event Lago received, by its transaction ID',
	operationId: 'findEvent',
	method: 'GET',
	path: '/events/{transactionId}',
	fields: [
		{
			displayName: 'Transaction ID',
			name: 'transactionId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'txn_1234567890',
			description: 'The transaction ID the event was sent with',
		},
	],
	postReceive: unwrap('event'),
});
