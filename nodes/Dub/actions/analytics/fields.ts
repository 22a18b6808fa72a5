import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField } from '../../../shared/validation';
import { queryText } from '../common';

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** `start` and `end` must be dates, in order. */
export function analyticsRange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const qs = (request.qs ?? {}) as IDataObject;
	const times: Record<string, number> = {};
	for (const [key, label] of [
		['start', 'Start'],
		['end', 'End'],
	] as const) {
		if (isBlank(qs[key])) {
			delete qs[key];
			continue;
		}
		times[key] = Date.parse(String(qs[key]));
		if (Number.isNaN(times[key])) throw invalidField(this, label, `is not a date: "${String(qs[key])}"`, 'Use an ISO 8601 date, e.g. 2026-01-31T00:00:00Z');
	}
	if (times.start === undefined && this.getNodeParameter('timeRange', 'interval') === 'custom') {
		throw invalidField(this, 'Start', 'is required');
	}
	if (times.start !== undefined && times.end !== undefined && times.end < times.start) {
		throw invalidField(this, 'End', 'is before Start');
	}
}

/** An IANA time zone that the JavaScript runtime knows, like Dub's own server. */
export function timezone(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const value = (request.qs as IDataObject | undefined)?.timezone;
	if (isBlank(value)) return;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: String(value) });
	} catch {
		throw invalidField(this, 'Timezone', `is not an IANA time zone: "${String(value)}"`, 'For example America/New_York or Europe/Berlin');
	}
}

/** Time Range (preset interval or custom dates) and its fields: analytics, partner analytics and events share them. */
export const timeRangeFields: INodeProperties[] = [
	{
		displayName: 'Time Range',
		name: 'timeRange',
		type: 'options',
		default: 'interval',
		options: [
			{ name: 'Preset Interval', value: 'interval', description: 'A period ending now, like the last 30 days' },
			{ name: 'Custom Dates', value: 'custom', description: 'From a start date to an end date' },
		],
	},
	{
		displayName: 'Interval',
		name: 'interval',
		type: 'options',
		default: '24h',
		displayOptions: { show: { timeRange: ['interval'] } },
		options: [
			{ name: 'All Time', value: 'all' },
			{ name: 'Last 24 Hours', value: '24h' },
			{ name: 'Last 30 Days', value: '30d' },
			{ name: 'Last 7 Days', value: '7d' },
			{ name: 'Last 90 Days', value: '90d' },
			{ name: 'Last Year', value: '1y' },
			{ name: 'Month to Date', value: 'mtd' },
			{ name: 'Quarter to Date', value: 'qtd' },
			{ name: 'Year to Date', value: 'ytd' },
		],
		routing: { send: { type: 'query', property: 'interval' } },
	},
	{
		displayName: 'Start',
		name: 'start',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the period, inclusive, as an ISO 8601 date and time',
		displayOptions: { show: { timeRange: ['custom'] } },
		routing: { send: { type: 'query', property: 'start' } },
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'dateTime',
		default: '',
		description: 'End of the period, as an ISO 8601 date and time; now when empty',
		displayOptions: { show: { timeRange: ['custom'] } },
		routing: { send: { type: 'query', property: 'end' } },
	},
];

/** Only lead and sale events whose metadata match. */
export const metadataQuery: INodeProperties = {
	displayName: 'Metadata Query',
	name: 'query',
	type: 'string',
	default: '',
	placeholder: "metadata['plan']:'pro'",
	description: 'Counts only lead and sale events whose custom metadata matches, e.g. metadata[\'plan\']:\'pro\'',
	routing: { send: { type: 'query', property: 'query' } },
};

/** The IANA time zone of intervals and buckets. */
export const timezoneOption: INodeProperties = {
	displayName: 'Timezone',
	name: 'timezone',
	type: 'string',
	default: 'UTC',
	placeholder: 'America/New_York',
	description: 'IANA time zone that the intervals and timeseries buckets are aligned to',
	routing: { send: { type: 'query', property: 'timezone' } },
};

/** Filters of analytics and events: which links, partners and visitors count. */
export const analyticsFilters: INodeProperties[] = [
	queryText('browser', 'Browser', 'Only events from this browser, e.g. Chrome'),
	queryText('city', 'City', 'Only events from this city, e.g. San Francisco'),
	{
		displayName: 'Continent',
		name: 'continent',
		type: 'options',
		default: 'NA',
		options: [
			{ name: 'Africa', value: 'AF' },
			{ name: 'Antarctica', value: 'AN' },
			{ name: 'Asia', value: 'AS' },
			{ name: 'Europe', value: 'EU' },
			{ name: 'North America', value: 'NA' },
			{ name: 'Oceania', value: 'OC' },
			{ name: 'South America', value: 'SA' },
		],
		routing: { send: { type: 'query', property: 'continent' } },
	},
	queryText('country', 'Country', 'Only events from this country: two-letter ISO 3166-1 alpha-2 code', 'US'),
	queryText('customerId', 'Customer ID', 'Only events of this customer', 'cus_1KAP4CDPBSVMMBMH9XX3YZZ0Z'),
	queryText('device', 'Device', 'Only events from this device type, e.g. Desktop or Mobile'),
	queryText('domain', 'Domain', 'Only links on this domain', 'dub.sh'),
	queryText('externalId', 'External ID', 'Only the link with this ID in your own system (prefix it with ext_)', 'ext_123456'),
	queryText('folderId', 'Folder ID', 'Only links in this folder', 'fold_1JNQBVZV8P0NA0YCKQ6YPDX'),
	queryText('groupId', 'Partner Group ID', 'Only links of partners in this group', 'grp_123'),
	queryText('key', 'Key', 'Only the link with this key on the Domain given (both are needed)', 'github'),
	queryText('linkId', 'Link ID', 'Only this link', 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z'),
	metadataQuery,
	queryText('os', 'OS', 'Only events from this operating system, e.g. Mac OS'),
	queryText('partnerId', 'Partner ID', 'Only links of this partner', 'pn_1JTBFVBMPEZSSWJHDD0YMKE2F'),
	queryText('programId', 'Program ID', 'Only this partner program', 'prog_1JNQBVZV8P0NA0YCKQ6YPDX'),
	{
		displayName: 'QR Scans Only',
		name: 'qr',
		type: 'boolean',
		default: true,
		description: 'Whether to count only scans of QR codes (on) or only other clicks (off)',
		routing: { send: { type: 'query', property: 'qr' } },
	},
	queryText('referer', 'Referer', 'Only events referred by this site, e.g. google.com'),
	queryText('refererUrl', 'Referer URL', 'Only events referred by this exact URL'),
	queryText('region', 'Region', 'Only events from this ISO 3166-2 region code, e.g. US-CA'),
	{
		displayName: 'Root Links Only',
		name: 'root',
		type: 'boolean',
		default: true,
		description: "Whether to count only domains' root links (on) or only links with a key (off)",
		routing: { send: { type: 'query', property: 'root' } },
	},
	{
		displayName: 'Sale Type',
		name: 'saleType',
		type: 'options',
		default: 'new',
		description: 'Only first sales of a customer, or only the recurring ones',
		options: [
			{ name: 'New', value: 'new' },
			{ name: 'Recurring', value: 'recurring' },
		],
		routing: { send: { type: 'query', property: 'saleType' } },
	},
	queryText('tagIds', 'Tag IDs', 'Only links with these tags: comma-separated tag IDs', 'tag_1JNQBVZV8P0NA0YCKQ6YPDX'),
	queryText('tenantId', 'Tenant ID', 'Only links of this tenant of your own system'),
	timezoneOption,
	{
		displayName: 'Trigger',
		name: 'trigger',
		type: 'options',
		default: 'link',
		description: 'Only clicks from a link or only scans of a QR code',
		options: [
			{ name: 'Link Click', value: 'link' },
			{ name: 'QR Scan', value: 'qr' },
		],
		routing: { send: { type: 'query', property: 'trigger' } },
	},
	queryText('url', 'Destination URL', 'Only events whose destination was this URL'),
	queryText('utmCampaign', 'UTM Campaign', 'Only events with this utm_campaign', undefined, 'utm_campaign'),
	queryText('utmContent', 'UTM Content', 'Only events with this utm_content', undefined, 'utm_content'),
	queryText('utmMedium', 'UTM Medium', 'Only events with this utm_medium', undefined, 'utm_medium'),
	queryText('utmSource', 'UTM Source', 'Only events with this utm_source', undefined, 'utm_source'),
	queryText('utmTerm', 'UTM Term', 'Only events with this utm_term', undefined, 'utm_term'),
];

/** Which events count: clicks, leads, sales, or all three together. */
export function eventField(withComposite: boolean): INodeProperties {
	return {
		displayName: 'Event',
		name: 'event',
		type: 'options',
		default: 'clicks',
		options: [
			{ name: 'Clicks', value: 'clicks' },
			...(withComposite ? [{ name: 'Composite', value: 'composite', description: 'Clicks, leads and sales together' }] : []),
			{ name: 'Leads', value: 'leads' },
			{ name: 'Sales', value: 'sales' },
		],
		routing: { send: { type: 'query', property: 'event' } },
	};
}
