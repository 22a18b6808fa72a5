import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many features',
	operationId: 'findAllFeatures',
	method: 'GET',
	path: '/features',
	walk: lagoPages('features'),
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Search',
					name: 'searchTerm',
					type: 'string',
					default: '',
					description: 'Matches the code or name of the feature',
					routing: { send: { type: 'query', property: 'search_term' } },
				},
			],
		},
	],
});
