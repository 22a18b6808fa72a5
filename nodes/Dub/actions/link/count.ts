import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow } from '../../../shared/output';
import { filters, options } from '../../../shared/fields';
import { idList, linkListFilters } from './fields';

export const count = defineOperation({
	name: 'Count',
	value: 'count',
	action: 'Count links',
	description: 'How many links match the filters, in total or per domain, tag, user or folder',
	operationId: 'getLinksCount',
	method: 'GET',
	path: '/links/count',
	checks: [idList('tagIds', 'qs'), idList('tagNames', 'qs')],
	fields: [
		options('groupBy', 'Group By', 'One item with the total, or one item per domain, tag, user or folder with its count', [['Domain', 'domain'], ['Folder', 'folderId'], ['Tag', 'tagId'], ['Total (No Grouping)', ''], ['User', 'userId']], '', { type: 'query', property: 'groupBy', value: '={{ $value || undefined }}' }),
		filters(linkListFilters),
	],
	postReceive: [
		// The total is a bare number; a grouping answers with one row per group.
		async function (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) {
			return typeof response.body === 'number' ? [{ json: { count: response.body } }] : items;
		},
		oneItemPerRow,
	],
});
