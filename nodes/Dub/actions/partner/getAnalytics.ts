import { defineOperation } from '../../../shared/operation';
import { analyticsRange, metadataQuery, timeRangeFields, timezone, timezoneOption } from '../analytics/fields';
import { partnerLocator } from './fields';

export const getAnalytics = defineOperation({
	name: 'Get Analytics',
	value: 'getAnalytics',
	action: 'Get analytics for a partner',
	description: "Clicks, leads, sales and earnings of a partner's links",
	operationId: 'retrievePartnerAnalytics',
	method: 'GET',
	path: '/partners/analytics',
	checks: [analyticsRange, timezone],
	fields: [
		partnerLocator({ where: 'qs', withTenantId: true }),
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'options',
			default: 'count',
			description: 'The shape of the result',
			options: [
				{ name: 'Count', value: 'count', description: 'One item with the totals' },
				{ name: 'Timeseries', value: 'timeseries', description: 'One item per time interval' },
				{ name: 'Top Links', value: 'top_links', description: "One item per link of the partner's, best first" },
			],
			routing: { send: { type: 'query', property: 'groupBy' } },
		},
		...timeRangeFields,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [metadataQuery, timezoneOption],
		},
	],
});
