import { defineOperation } from '../../../shared/operation';
import { notihubPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	operationId: 'listCustomers',
	method: 'GET',
	path: '/customers/',
	walk: notihubPages,
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Enabled Only',
					name: 'actives',
					type: 'boolean',
					default: true,
					description: 'Whether to return only customers whose status is Enabled',
					routing: { send: { type: 'query', property: 'actives', value: '={{ $value || undefined }}' } },
				},
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Matches the external ID, an email address or a phone number',
					routing: { send: { type: 'query', property: 'search' } },
				},
			],
		},
	],
});
