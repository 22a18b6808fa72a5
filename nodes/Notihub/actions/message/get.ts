import { defineOperation } from '../../../shared/operation';
import { UUID, uuidLocator } from '../customer/fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a message',
	description: 'Get a message with the status of each delivery',
	operationId: 'getMessage',
	method: 'GET',
	path: '/messages/{messageId}/',
	pathParameters: { messageId: { pattern: UUID, problem: 'must be a Notihub ID (a UUID)' } },
	fields: [
		uuidLocator({
			displayName: 'Message',
			name: 'messageId',
			searchListMethod: 'searchMessages',
			description: 'The message to get',
			errorMessage: 'A Notihub message ID is a UUID',
			placeholder: 'd545490f-46f7-4e31-aaa5-94d06fdf3f60',
		}),
	],
});
