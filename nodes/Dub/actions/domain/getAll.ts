import { defineOperation } from '../../../shared/operation';
import { numberedPagesOf50 } from '../../client';
import { filters, queryText } from '../common';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domains',
	operationId: 'listDomains',
	method: 'GET',
	path: '/domains',
	walk: numberedPagesOf50,
	fields: [
		filters([
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'boolean',
				default: false,
				description: 'Whether to list the archived domains instead of the active ones',
				routing: { send: { type: 'query', property: 'archived' } },
			},
			queryText('search', 'Search', 'Matches the domain name'),
		]),
	],
});
