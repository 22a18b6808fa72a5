import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow } from '../../../shared/output';
import { filters } from '../../../shared/fields';
import { analyticsFilters, analyticsRange, eventField, timeRangeFields, timezone } from './fields';

const groupings: Array<[string, string, string?]> = [
	['Browsers', 'browsers'],
	['Cities', 'cities'],
	['Continents', 'continents'],
	['Countries', 'countries'],
	['Count', 'count', 'One item with the totals'],
	['Devices', 'devices'],
	['Operating Systems', 'os'],
	['Referer URLs', 'referer_urls'],
	['Referers', 'referers'],
	['Regions', 'regions'],
	['Timeseries', 'timeseries', 'One item per time bucket (hour, day or month, by the range)'],
	['Top Base URLs', 'top_base_urls'],
	['Top Domains', 'top_domains'],
	['Top Folders', 'top_folders'],
	['Top Link Tags', 'top_link_tags'],
	['Top Links', 'top_links'],
	['Top Partner Groups', 'top_groups'],
	['Top Partner Tags', 'top_partner_tags'],
	['Top Partners', 'top_partners'],
	['Top URLs', 'top_urls'],
	['Triggers', 'triggers', 'Link clicks and QR scans'],
	['UTM Campaigns', 'utm_campaigns'],
	['UTM Contents', 'utm_contents'],
	['UTM Mediums', 'utm_mediums'],
	['UTM Sources', 'utm_sources'],
	['UTM Terms', 'utm_terms'],
];

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get analytics',
	description: 'Clicks, leads or sales over a period, as totals or as one item per row of a breakdown',
	operationId: 'retrieveAnalytics',
	method: 'GET',
	path: '/analytics',
	checks: [analyticsRange, timezone],
	fields: [
		eventField(true),
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'options',
			default: 'count',
			description: 'The breakdown: one item per row (per country, per day, per link, …), or the totals',
			options: groupings.map(([name, value, description]) => ({ name, value, ...(description ? { description } : {}) })),
			routing: { send: { type: 'query', property: 'groupBy' } },
		},
		...timeRangeFields,
		filters(analyticsFilters),
	],
	postReceive: [oneItemPerRow],
});
