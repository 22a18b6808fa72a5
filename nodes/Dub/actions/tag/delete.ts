import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { tagLocator } from './fields';

export const deleteTag = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a tag',
	description: 'Delete a tag; the links keep existing without it',
	operationId: 'deleteTag',
	method: 'DELETE',
	path: '/tags/{tagId}',
	fields: [tagLocator],
	postReceive: [deletedRecord('tagId', 'id')],
});
