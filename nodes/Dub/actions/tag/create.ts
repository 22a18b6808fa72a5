import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields, text } from '../../../shared/fields';
import { tagColor } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a tag',
	operationId: 'createTag',
	method: 'POST',
	path: '/tags',
	checks: [required('Name', 'name')],
	fields: [
		text('name', 'Name', 'The name of the tag, unique in the workspace', 'body', { required: true, placeholder: 'q3-campaign' }),
		optionalFields([tagColor]),
	],
});
