import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields } from '../../../shared/fields';
import { tagColor, tagLocator } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a tag',
	operationId: 'updateTag',
	method: 'PATCH',
	path: '/tags/{tagId}',
	fields: [tagLocator, optionalFields([tagColor, bodyText('name', 'Name', 'The new name of the tag')], 'updateFields')],
});
