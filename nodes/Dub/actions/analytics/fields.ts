import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField } from '../../../shared/validation';
import { boolean, dateTime, options, queryText, text } from '../../../shared/fields';

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
	options('timeRange', 'Time Range', undefined, [['Preset Interval', 'interval', 'A period ending now, like the last 30 days'], ['Custom Dates', 'custom', 'From a start date to an end date']], 'interval'),
	options('interval', 'Interval', undefined, [['All Time', 'all'], ['Last 24 Hours', '24h'], ['Last 30 Days', '30d'], ['Last 7 Days', '7d'], ['Last 90 Days', '90d'], ['Last Year', '1y'], ['Month to Date', 'mtd'], ['Quarter to Date', 'qtd'], ['Year to Date', 'ytd']], '24h', 'query', { displayOptions: { show: { timeRange: ['interval'] } } }),
	dateTime('start', 'Start', 'Start of the period, inclusive, as an ISO 8601 date and time', 'query', { required: true, displayOptions: { show: { timeRange: ['custom'] } } }),
	dateTime('end', 'End', 'End of the period, as an ISO 8601 date and time; now when empty', 'query', { displayOptions: { show: { timeRange: ['custom'] } } }),
];

/** Only lead and sale events whose metadata match. */
export const metadataQuery: INodeProperties = text('query', 'Metadata Query', 'Counts only lead and sale events whose custom metadata matches, e.g. metadata[\'plan\']:\'pro\'', 'query', { placeholder: "metadata['plan']:'pro'" });

/** The IANA time zone of intervals and buckets. */
export const timezoneOption: INodeProperties = text('timezone', 'Timezone', 'IANA time zone that the intervals and timeseries buckets are aligned to', 'query', { default: 'UTC', placeholder: 'America/New_York' });

/** Filters of analytics and events: which links, partners and visitors count. */
export const analyticsFilters: INodeProperties[] = [
	queryText('browser', 'Browser', 'Only events from this browser, e.g. Chrome'),
	queryText('city', 'City', 'Only events from this city, e.g. San Francisco'),
	options('continent', 'Continent', undefined, [['Africa', 'AF'], ['Antarctica', 'AN'], ['Asia', 'AS'], ['Europe', 'EU'], ['North America', 'NA'], ['Oceania', 'OC'], ['South America', 'SA']], 'NA', 'query'),
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
	boolean('qr', 'QR Scans Only', 'Whether to count only scans of QR codes (on) or only other clicks (off)', 'query', { default: true }),
	queryText('referer', 'Referer', 'Only events referred by this site, e.g. google.com'),
	queryText('refererUrl', 'Referer URL', 'Only events referred by this exact URL'),
	queryText('region', 'Region', 'Only events from this ISO 3166-2 region code, e.g. US-CA'),
	boolean('root', 'Root Links Only', "Whether to count only domains' root links (on) or only links with a key (off)", 'query', { default: true }),
	options('saleType', 'Sale Type', 'Only first sales of a customer, or only the recurring ones', [['New', 'new'], ['Recurring', 'recurring']], 'new', 'query'),
	queryText('tagIds', 'Tag IDs', 'Only links with these tags: comma-separated tag IDs', 'tag_1JNQBVZV8P0NA0YCKQ6YPDX'),
	queryText('tenantId', 'Tenant ID', 'Only links of this tenant of your own system'),
	timezoneOption,
	options('trigger', 'Trigger', 'Only clicks from a link or only scans of a QR code', [['Link Click', 'link'], ['QR Scan', 'qr']], 'link', 'query'),
	queryText('url', 'Destination URL', 'Only events whose destination was this URL'),
	text('utmCampaign', 'UTM Campaign', 'Only events with this utm_campaign', { type: 'query', property: 'utm_campaign' }),
	text('utmContent', 'UTM Content', 'Only events with this utm_content', { type: 'query', property: 'utm_content' }),
	text('utmMedium', 'UTM Medium', 'Only events with this utm_medium', { type: 'query', property: 'utm_medium' }),
	text('utmSource', 'UTM Source', 'Only events with this utm_source', { type: 'query', property: 'utm_source' }),
	text('utmTerm', 'UTM Term', 'Only events with this utm_term', { type: 'query', property: 'utm_term' }),
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
