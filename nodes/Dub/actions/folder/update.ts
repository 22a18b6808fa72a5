import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields } from '../../../shared/fields';
import { folderDetails, folderLocator } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a folder',
	operationId: 'updateFolder',
	method: 'PATCH',
	path: '/folders/{folderId}',
	fields: [folderLocator, optionalFields([...folderDetails, bodyText('name', 'Name', 'The new name of the folder')], 'updateFields')],
});
