import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { group, text } from '../../../shared/fields';
import { toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many features',
	operationId: 'findAllFeatures',
	method: 'GET',
	path: '/features',
	walk: lagoPages('features'),
	fields: [
		group('filters', [
			text('searchTerm', 'Search', 'Matches the code or name of the feature', toQuery('search_term')),
		]),
	],
});
