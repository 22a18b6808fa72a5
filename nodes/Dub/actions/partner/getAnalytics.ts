import { defineOperation } from '../../../shared/operation';
import { analyticsRange, metadataQuery, timeRangeFields, timezone, timezoneOption } from '../analytics/fields';
import { partnerLocator } from './fields';
import { group, options } from '../../../shared/fields';

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
		options('groupBy', 'Group By', 'The shape of the result', [['Count', 'count', 'One item with the totals'], ['Timeseries', 'timeseries', 'One item per time interval'], ['Top Links', 'top_links', "One item per link of the partner's, best first"]], 'count', 'query'),
		...timeRangeFields,
		group('options', [metadataQuery, timezoneOption]),
	],
});
