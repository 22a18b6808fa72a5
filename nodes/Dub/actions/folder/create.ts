import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields, text } from '../../../shared/fields';
import { folderDetails } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a folder',
	operationId: 'createFolder',
	method: 'POST',
	path: '/folders',
	checks: [required('Name', 'name')],
	fields: [
		text('name', 'Name', 'The name of the folder', 'body', { required: true, placeholder: 'Q3 campaign' }),
		optionalFields(folderDetails),
	],
});
