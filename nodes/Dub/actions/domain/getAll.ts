import { defineOperation } from '../../../shared/operation';
import { numberedPagesOf50 } from '../../client';
import { boolean, filters, queryText } from '../../../shared/fields';

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
			boolean('archived', 'Archived', 'Whether to list the archived domains instead of the active ones', 'query'),
			queryText('search', 'Search', 'Matches the domain name'),
		]),
	],
});
