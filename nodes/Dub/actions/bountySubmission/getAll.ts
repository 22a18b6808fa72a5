import { defineOperation } from '../../../shared/operation';
import { numberedPages } from '../../client';
import { filters, queryText, sortBy, sortOrder } from '../../../shared/fields';
import { bountyLocator } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many bounty submissions',
	operationId: 'listBountySubmissions',
	method: 'GET',
	path: '/bounties/{bountyId}/submissions',
	walk: numberedPages,
	fields: [
		bountyLocator,
		filters([
			queryText('groupId', 'Group ID', 'Only submissions of partners in this group', 'grp_123'),
			queryText('partnerId', 'Partner ID', 'Only submissions of this partner', 'pn_1JTBFVBMPEZSSWJHDD0YMKE2F'),
			sortBy('completedAt', [
				['Completed At', 'completedAt'],
				['Performance Count', 'performanceCount'],
				['Social Metric Count', 'socialMetricCount'],
			]),
			sortOrder,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'submitted',
				options: ['Approved', 'Draft', 'Rejected', 'Submitted'].map((name) => ({ name, value: name.toLowerCase() })),
				routing: { send: { type: 'query', property: 'status' } },
			},
		]),
	],
});
