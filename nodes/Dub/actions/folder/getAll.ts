import { defineOperation } from '../../../shared/operation';
import { numberedPagesOf50 } from '../../client';
import { filters, queryText } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many folders',
	operationId: 'listFolders',
	method: 'GET',
	path: '/folders',
	walk: numberedPagesOf50,
	fields: [filters([queryText('search', 'Search', 'Matches the name of the folder')])],
});
