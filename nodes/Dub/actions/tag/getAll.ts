import { defineOperation } from '../../../shared/operation';
import { numberedPages } from '../../client';
import { filters, queryText, sortBy, sortOrder } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many tags',
	operationId: 'getTags',
	method: 'GET',
	path: '/tags',
	walk: numberedPages,
	fields: [
		filters([
			queryText('ids', 'IDs', 'Only these tags: comma-separated tag IDs', 'tag_1JNQBVZV8P0NA0YCKQ6YPDX, tag_2KDPD2VZ3JHMMHQN2X3HAVQ6'),
			queryText('search', 'Search', 'Matches the name of the tag'),
			sortBy('name', [
				['Created At', 'createdAt'],
				['Name', 'name'],
			]),
			sortOrder,
		]),
	],
});
