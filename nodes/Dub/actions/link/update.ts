import { group } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operation';
import { linkBodyChecks, linkFields, linkLocator, linkPath } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a link',
	description: 'Change the fields given; returns the link unchanged when nothing differs',
	operationId: 'updateLink',
	method: 'PATCH',
	path: '/links/{linkId}',
	pathParameters: linkPath,
	checks: linkBodyChecks,
	fields: [
		linkLocator,
		group('updateFields', linkFields('update')),
	],
});
