import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields } from '../common';
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
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Q3 campaign',
			description: 'The name of the folder',
			routing: { send: { type: 'body', property: 'name' } },
		},
		optionalFields(folderDetails),
	],
});
