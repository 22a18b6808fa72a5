import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow, simplified } from '../../../shared/output';
import { cursorPages } from '../../client';
import { filters } from '../../../shared/fields';
import { idList, linkListFilters, linkSimplify, simpleLink } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many links',
	operationId: 'getLinks',
	method: 'GET',
	path: '/links',
	walk: cursorPages,
	checks: [idList('tagIds', 'qs'), idList('tagNames', 'qs')],
	fields: [
		filters(linkListFilters),
		linkSimplify,
	],
	postReceive: [oneItemPerRow, simplified(simpleLink)],
});
