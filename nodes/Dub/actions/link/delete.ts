import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { linkLocator, linkPath } from './fields';

export const deleteLink = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a link',
	operationId: 'deleteLink',
	method: 'DELETE',
	path: '/links/{linkId}',
	pathParameters: linkPath,
	fields: [linkLocator],
	postReceive: [deletedRecord('linkId', 'id')],
});
