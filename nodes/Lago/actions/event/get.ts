import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { text } from '../../../shared/fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a usage event',
	description: 'Get an event Lago received, by its transaction ID',
	operationId: 'findEvent',
	method: 'GET',
	path: '/events/{transactionId}',
	fields: [
		text('transactionId', 'Transaction ID', 'The transaction ID the event was sent with', undefined, { required: true, placeholder: 'txn_1234567890' }),
	],
	postReceive: unwrap('event'),
});
