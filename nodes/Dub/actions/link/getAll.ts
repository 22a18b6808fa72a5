import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow, simplified } from '../../../shared/output';
import { cursorPages } from '../../client';
import { filters, queryText } from '../common';
import { idList, linkSimplify, simpleLink } from './fields';

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
		filters([
			queryText('domain', 'Domain', 'Only links on this domain', 'dub.sh'),
			queryText('folderId', 'Folder ID', 'Only links in this folder'),
			queryText('search', 'Search', 'Matches the key of the short link and the destination URL'),
			{
				displayName: 'Show Archived',
				name: 'showArchived',
				type: 'boolean',
				default: false,
				description: 'Whether to include archived links',
				routing: { send: { type: 'query', property: 'showArchived' } },
			},
			queryText(
				'tagIds',
				'Tag IDs',
				'Comma-separated tag IDs; only links tagged with them',
				'tag_1JNQBVZV8P0NA0YCKQ6YPDX, tag_2KDPD2VZ3JHMMHQN2X3HAVQ6',
			),
			queryText('tagNames', 'Tag Names', 'Comma-separated tag names (case-insensitive); only links tagged with them', 'newsletter, q3-campaign'),
			queryText('tenantId', 'Tenant ID', 'Only links of this tenant of your own system'),
			queryText('userId', 'User ID', 'Only links created by this Dub user'),
		]),
		linkSimplify,
	],
	postReceive: [oneItemPerRow, simplified(simpleLink)],
});
