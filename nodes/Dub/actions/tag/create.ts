import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields, tagColor } from '../common';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a tag',
	operationId: 'createTag',
	method: 'POST',
	path: '/tags',
	checks: [required('Name', 'name')],
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'q3-campaign',
			description: 'The name of the tag, unique in the workspace',
			routing: { send: { type: 'body', property: 'name' } },
		},
		optionalFields([tagColor]),
	],
});
