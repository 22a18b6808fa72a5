import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { folderLocator } from './fields';

export const deleteFolder = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a folder',
	description: 'Delete a folder; its links move out of it',
	operationId: 'deleteFolder',
	method: 'DELETE',
	path: '/folders/{folderId}',
	fields: [folderLocator],
	postReceive: [deletedRecord('folderId', 'id')],
});
