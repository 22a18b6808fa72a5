import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeParameterResourceLocator,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { countryCode, email, invalidField, required, validate, type RequestCheck } from '../../shared/validation';
import { dubNumberedPages } from '../transport';

const showFor = (operation: string[]) => ({ show: { resource: ['partner'], operation } });

const PARTNER_ID = /^pn_\w+$/;

/**
 * Dub's partner endpoints take the partner as `partnerId` or `tenantId` (your own ID for it) in the body or the
 * query, not in the path. Routing expressions see only a locator's value, never its mode, so this preSend picks
 * the key from the mode.
 */
export function partnerIdentity(parameter: string, where: 'body' | 'qs') {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const locator = this.getNodeParameter(parameter, undefined, { extractValue: false }) as INodeParameterResourceLocator;
		const value = String(this.getNodeParameter(parameter, '', { extractValue: true }) ?? '').trim();
		if (!value) throw invalidField(this, 'Partner', 'is required');
		if (locator.mode !== 'tenantId' && !PARTNER_ID.test(value)) {
			throw invalidField(this, 'Partner', `is not a Dub partner ID (they start with pn_): "${value}"`);
		}
		const key = locator.mode === 'tenantId' ? 'tenantId' : 'partnerId';
		if (where === 'qs') {
			request.qs = { ...(request.qs as IDataObject), [key]: value };
		} else {
			const body = typeof request.body === 'object' && request.body !== null ? (request.body as IDataObject) : {};
			request.body = { ...body, [key]: value };
		}
		return request;
	};
}

/** A partner picker. `withTenantId` adds the "By Tenant ID" mode, for endpoints that accept `tenantId` instead. */
export function partnerLocator(options: {
	resource: string;
	operations: string[];
	where: 'body' | 'qs';
	withTenantId: boolean;
	description?: string;
}): INodeProperties {
	return {
		displayName: 'Partner',
		name: 'partnerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: { resource: [options.resource], operation: options.operations } },
		description: options.description ?? 'The partner to act on',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPartners', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'pn_1JTBFVBMPEZSSWJHDD0YMKE2F',
				validation: [{ type: 'regex', properties: { regex: '^pn_\\w+$', errorMessage: 'A Dub partner ID starts with pn_' } }],
			},
			...(options.withTenantId
				? [
						{
							displayName: 'By Tenant ID',
							name: 'tenantId',
							type: 'string' as const,
							placeholder: 'user_123',
							hint: 'The ID of the partner in your own system, as set when the partner was created',
						},
					]
				: []),
		],
		routing: { send: { preSend: [partnerIdentity('partnerId', options.where)] } },
	};
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The A/B test variants of a link: 2 to 4 destinations, each 10 to 90 percent of the traffic. */
const testVariants: RequestCheck = function (request) {
	const linkProps = (request.body as IDataObject | undefined)?.linkProps as IDataObject | undefined;
	if (!linkProps || !('testVariants' in linkProps)) return;
	const variants = (linkProps.testVariants ?? []) as IDataObject[];
	if (variants.length === 0) {
		delete linkProps.testVariants;
		return;
	}
	if (variants.length < 2 || variants.length > 4) {
		throw invalidField(this, 'A/B Test Variants', `must list 2 to 4 destinations, got ${variants.length}`);
	}
	variants.forEach((variant, index) => {
		if (isBlank(variant.url)) throw invalidField(this, `A/B Test Variants › URL ${index + 1}`, 'is required');
		const percentage = Number(variant.percentage);
		if (!Number.isFinite(percentage) || percentage < 10 || percentage > 90) {
			throw invalidField(this, `A/B Test Variants › Percentage ${index + 1}`, `must be between 10 and 90, got ${String(variant.percentage)}`);
		}
	});
};

/** Dub's `linkProps`: the same object on Create or Update Partner, Create Link and Upsert Link. */
function linkPropertiesCollection(operations: string[], withComments: boolean): INodeProperties {
	const linkProp = (property: string) => ({ send: { type: 'body' as const, property: `linkProps.${property}` } });
	const listOfIds = (property: string) => ({
		send: {
			type: 'body' as const,
			property: `linkProps.${property}`,
			value: "={{ String($value).split(',').map(t => t.trim()).filter(t => t) }}",
		},
	});
	const options: INodeProperties[] = [
		{
			displayName: 'A/B Test Variants',
			name: 'testVariants',
			type: 'fixedCollection',
			placeholder: 'Add Variant',
			typeOptions: { multipleValues: true },
			default: {},
			description: '2 to 4 destination URLs and the share of traffic each gets',
			options: [
				{
					displayName: 'Variant',
					name: 'variants',
					values: [
						{ displayName: 'URL', name: 'url', type: 'string', default: '', placeholder: 'https://example.com/variant-1' },
						{
							displayName: 'Percentage',
							name: 'percentage',
							type: 'number',
							typeOptions: { minValue: 10, maxValue: 90 },
							default: 50,
							description: 'Share of the traffic sent to this URL, in percent (10 to 90)',
						},
					],
				},
			],
			routing: { send: { type: 'body', property: 'linkProps.testVariants', value: '={{ $value.variants }}' } },
		},
		{
			displayName: 'Android URL',
			name: 'android',
			type: 'string',
			default: '',
			description: 'Where Android devices are sent instead of the destination URL',
			routing: linkProp('android'),
		},
		{
			displayName: 'Archived',
			name: 'archived',
			type: 'boolean',
			default: false,
			description: 'Whether the short link is archived',
			routing: linkProp('archived'),
		},
		...(withComments
			? [
					{
						displayName: 'Comments',
						name: 'comments',
						type: 'string',
						default: '',
						description: 'Internal comments on the short link',
						routing: linkProp('comments'),
					} as INodeProperties,
				]
			: []),
		{
			displayName: 'Expired URL',
			name: 'expiredUrl',
			type: 'string',
			default: '',
			description: 'Where visitors are sent once the link has expired',
			routing: linkProp('expiredUrl'),
		},
		{
			displayName: 'Expires At',
			name: 'expiresAt',
			type: 'dateTime',
			default: '',
			description: 'When the short link stops redirecting to the destination',
			routing: linkProp('expiresAt'),
		},
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			placeholder: '123456',
			description: 'The ID of the link in your own system; unique across the workspace',
			routing: linkProp('externalId'),
		},
		{
			displayName: 'iOS URL',
			name: 'ios',
			type: 'string',
			default: '',
			description: 'Where iOS devices are sent instead of the destination URL',
			routing: linkProp('ios'),
		},
		{
			displayName: 'Link Cloaking',
			name: 'rewrite',
			type: 'boolean',
			default: false,
			description: 'Whether the short link masks the destination URL (link cloaking)',
			routing: linkProp('rewrite'),
		},
		{
			displayName: 'Link Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			description: 'The ID of the tenant that created the link in your system; lets you fetch all links of a tenant',
			routing: linkProp('tenantId'),
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'A password visitors must enter to reach the destination URL',
			routing: linkProp('password'),
		},
		{
			displayName: 'Prefix',
			name: 'prefix',
			type: 'string',
			default: '',
			placeholder: '/c/',
			description: 'Path prefix of the default referral link slugs, e.g. /c/ gives https://{domain}/c/{identity}',
			routing: linkProp('prefix'),
		},
		{
			displayName: 'Preview Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'The og:description of the custom link preview (used when Use Custom Link Preview is on)',
			routing: linkProp('description'),
		},
		{
			displayName: 'Preview Image URL',
			name: 'image',
			type: 'string',
			default: '',
			description: 'The og:image of the custom link preview (used when Use Custom Link Preview is on)',
			routing: linkProp('image'),
		},
		{
			displayName: 'Preview Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'The og:title of the custom link preview (used when Use Custom Link Preview is on)',
			routing: linkProp('title'),
		},
		{
			displayName: 'Preview Video URL',
			name: 'video',
			type: 'string',
			default: '',
			description: 'The og:video of the custom link preview (used when Use Custom Link Preview is on)',
			routing: linkProp('video'),
		},
		{
			displayName: 'Search Engine Indexing',
			name: 'doIndex',
			type: 'boolean',
			default: false,
			description: 'Whether search engines may index the short link',
			routing: linkProp('doIndex'),
		},
		{
			displayName: 'Tag IDs',
			name: 'tagIds',
			type: 'string',
			default: '',
			placeholder: 'clux0rgak00011...,clux0rgak00022...',
			description: 'Comma-separated IDs of the tags to assign',
			routing: listOfIds('tagIds'),
		},
		{
			displayName: 'Tag Names',
			name: 'tagNames',
			type: 'string',
			default: '',
			placeholder: 'newsletter,partner',
			description: 'Comma-separated names of the tags to assign (case insensitive)',
			routing: listOfIds('tagNames'),
		},
		{
			displayName: 'Test Completed At',
			name: 'testCompletedAt',
			type: 'dateTime',
			default: '',
			description: 'When the A/B test ended or will end',
			routing: linkProp('testCompletedAt'),
		},
		{
			displayName: 'Test Started At',
			name: 'testStartedAt',
			type: 'dateTime',
			default: '',
			description: 'When the A/B test started',
			routing: linkProp('testStartedAt'),
		},
		{
			displayName: 'Use Custom Link Preview',
			name: 'proxy',
			type: 'boolean',
			default: false,
			description: 'Whether the link shows the custom preview (title, description, image, video) set here',
			routing: linkProp('proxy'),
		},
	];
	return {
		displayName: 'Link Properties',
		name: 'linkProps',
		type: 'collection',
		placeholder: 'Add Link Property',
		default: {},
		description: "Properties of the partner's short link; they override the program's defaults for this partner",
		displayOptions: showFor(operations),
		options,
	};
}

export const partnerOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['partner'] } },
		options: [
			{
				name: 'Ban',
				value: 'ban',
				action: 'Ban a partner',
				description: 'Ban a partner from the program: disables all their links and cancels their commissions',
				routing: { request: { method: 'POST', url: '/partners/ban' } },
			},
			{
				name: 'Create Link',
				value: 'createLink',
				action: 'Create a link for a partner',
				description: 'Create a new short link for a partner enrolled in the program',
				routing: {
					request: { method: 'POST', url: '/partners/links' },
					send: { preSend: [validate(testVariants)] },
				},
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a partner',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: {
					request: { method: 'POST', url: '/partners' },
					send: {
						preSend: [validate(required('Email', 'email'), email('Email', 'email'), countryCode('Country', 'country'), testVariants)],
					},
				},
			},
			{
				name: 'Create or Update Link',
				value: 'upsertLink',
				action: 'Create or update a link for a partner',
				description: "Return the partner's link to a URL, updating it if anything changed, or create it",
				routing: {
					request: { method: 'PUT', url: '/partners/links/upsert' },
					send: { preSend: [validate(required('URL', 'url'), testVariants)] },
				},
			},
			{
				name: 'Deactivate',
				value: 'deactivate',
				action: 'Deactivate a partner',
				description: 'Deactivate a partner and disable their links; commissions and payouts stay intact',
				routing: { request: { method: 'POST', url: '/partners/deactivate' } },
			},
			{
				name: 'Get Analytics',
				value: 'getAnalytics',
				action: 'Get analytics for a partner',
				description: "Clicks, leads, sales and earnings of a partner's links",
				routing: {
					request: { method: 'GET', url: '/partners/analytics' },
					send: { preSend: [validate(analyticsRange, timezone)] },
				},
			},
			{
				name: 'Get Links',
				value: 'getLinks',
				action: 'Get the links of a partner',
				routing: { request: { method: 'GET', url: '/partners/links' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many partners',
				routing: {
					request: { method: 'GET', url: '/partners' },
					send: { preSend: [validate(email('Email', 'email', 'qs'), countryCode('Country', 'country', 'qs'))] },
					operations: { pagination: dubNumberedPages },
				},
			},
		],
		default: 'getAll',
	},
];

/** `start` and `end` must be dates, in order. */
function analyticsRange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
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
function timezone(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const value = (request.qs as IDataObject | undefined)?.timezone;
	if (isBlank(value)) return;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: String(value) });
	} catch {
		throw invalidField(this, 'Timezone', `is not an IANA time zone: "${String(value)}"`, 'For example America/New_York or Europe/Berlin');
	}
}

const partnerFields: INodeProperties[] = [
	{
		displayName: 'Avatar URL',
		name: 'image',
		type: 'string',
		default: '',
		description: "The partner's avatar image; Dub uses a default one when empty",
		routing: { send: { type: 'body', property: 'image' } },
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		placeholder: 'US',
		description: "Two-letter ISO 3166-1 alpha-2 code of the partner's country of residence",
		routing: { send: { type: 'body', property: 'country' } },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A short description of the partner and their background, at most 5,000 characters',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		default: '',
		placeholder: 'grp_123',
		description: "The partner group to add the partner to; the program's default group when empty",
		routing: { send: { type: 'body', property: 'groupId' } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: "The partner's full name, at most 100 characters; Dub uses the email address when empty",
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Tenant ID',
		name: 'tenantId',
		type: 'string',
		default: '',
		placeholder: 'user_123',
		description: "The partner's ID in your own system; lets you address the partner by it later",
		routing: { send: { type: 'body', property: 'tenantId' } },
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		description:
			"The partner's unique username in your system, at most 100 characters; used as the slug of their short link on the program's default domain",
		routing: { send: { type: 'body', property: 'username' } },
	},
];

const linkKey: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	default: '',
	placeholder: 'jane',
	description: 'The slug of the short link; Dub generates a random 7-character one when empty',
	routing: { send: { type: 'body', property: 'key' } },
};

const linkComments: INodeProperties = {
	displayName: 'Comments',
	name: 'comments',
	type: 'string',
	default: '',
	description: 'Internal comments on the short link',
	routing: { send: { type: 'body', property: 'comments' } },
};

export const partnerFieldsDescription: INodeProperties[] = [
	partnerLocator({ resource: 'partner', operations: ['ban', 'createLink', 'deactivate', 'upsertLink'], where: 'body', withTenantId: true }),
	partnerLocator({ resource: 'partner', operations: ['getAnalytics', 'getLinks'], where: 'qs', withTenantId: true }),

	// Create or Update
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description:
			'Identifies the partner: an existing partner with this email is updated, otherwise one is created. The partner can claim the profile at partners.dub.co with it.',
		displayOptions: showFor(['upsert']),
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['upsert']),
		options: partnerFields,
	},
	linkPropertiesCollection(['upsert'], true),

	// Create Link, Create or Update Link
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://acme.com/pricing',
		description: "The destination URL; its domain must match the program's default URL",
		displayOptions: showFor(['upsertLink']),
		routing: { send: { type: 'body', property: 'url' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['createLink']),
		options: [
			linkComments,
			linkKey,
			{
				displayName: 'URL',
				name: 'url',
				type: 'string',
				default: '',
				placeholder: 'https://acme.com/pricing',
				description: "The destination URL; the program's default URL when empty. Its domain must match the program's.",
				routing: { send: { type: 'body', property: 'url' } },
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['upsertLink']),
		options: [linkComments, linkKey],
	},
	linkPropertiesCollection(['createLink', 'upsertLink'], false),

	// Ban
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'options',
		required: true,
		default: 'tos_violation',
		description: 'Why the partner is banned',
		displayOptions: showFor(['ban']),
		options: [
			{ name: 'Brand Abuse', value: 'brand_abuse' },
			{ name: 'Fake Traffic', value: 'fake_traffic' },
			{ name: 'Fraud', value: 'fraud' },
			{ name: 'Inappropriate Content', value: 'inappropriate_content' },
			{ name: 'Spam', value: 'spam' },
			{ name: 'Terms of Service Violation', value: 'tos_violation' },
		],
		routing: { send: { type: 'body', property: 'reason' } },
	},

	// Get Analytics
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'options',
		default: 'count',
		description: 'The shape of the result',
		displayOptions: showFor(['getAnalytics']),
		options: [
			{ name: 'Count', value: 'count', description: 'One item with the totals' },
			{ name: 'Timeseries', value: 'timeseries', description: 'One item per time interval' },
			{ name: 'Top Links', value: 'top_links', description: "One item per link of the partner's, best first" },
		],
		routing: { send: { type: 'query', property: 'groupBy' } },
	},
	{
		displayName: 'Time Range',
		name: 'timeRange',
		type: 'options',
		default: 'interval',
		displayOptions: showFor(['getAnalytics']),
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
		displayOptions: { show: { resource: ['partner'], operation: ['getAnalytics'], timeRange: ['interval'] } },
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
		displayOptions: { show: { resource: ['partner'], operation: ['getAnalytics'], timeRange: ['custom'] } },
		routing: { send: { type: 'query', property: 'start' } },
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'dateTime',
		default: '',
		description: 'End of the period, as an ISO 8601 date and time; now when empty',
		displayOptions: { show: { resource: ['partner'], operation: ['getAnalytics'], timeRange: ['custom'] } },
		routing: { send: { type: 'query', property: 'end' } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(['getAnalytics']),
		options: [
			{
				displayName: 'Metadata Query',
				name: 'query',
				type: 'string',
				default: '',
				placeholder: "metadata['plan']:'pro'",
				description: 'Counts only lead and sale events whose custom metadata matches, e.g. metadata[\'plan\']:\'pro\'',
				routing: { send: { type: 'query', property: 'query' } },
			},
			{
				displayName: 'Timezone',
				name: 'timezone',
				type: 'string',
				default: 'UTC',
				placeholder: 'America/New_York',
				description: 'IANA time zone that the intervals and timeseries buckets are aligned to',
				routing: { send: { type: 'query', property: 'timezone' } },
			},
		],
	},

	// Get Many
	...returnAllAndLimit('partner'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'US',
				description: 'Two-letter ISO 3166-1 alpha-2 country code',
				routing: { send: { type: 'query', property: 'country' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Exact match. Takes precedence over Search.',
				routing: { send: { type: 'query', property: 'email' } },
			},
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				placeholder: 'grp_123',
				description: 'Only partners in this partner group',
				routing: { send: { type: 'query', property: 'groupId' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Matches ID, name, email or link',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				default: 'totalSaleAmount',
				options: [
					{ name: 'Average Lifetime Value', value: 'averageLifetimeValue' },
					{ name: 'Click to Conversion Rate', value: 'clickToConversionRate' },
					{ name: 'Click to Lead Rate', value: 'clickToLeadRate' },
					{ name: 'Created At', value: 'createdAt' },
					{ name: 'Earnings per Click', value: 'earningsPerClick' },
					{ name: 'Lead to Conversion Rate', value: 'leadToConversionRate' },
					{ name: 'Net Revenue', value: 'netRevenue' },
					{ name: 'Return on Ad Spend', value: 'returnOnAdSpend' },
					{ name: 'Total Clicks', value: 'totalClicks' },
					{ name: 'Total Commissions', value: 'totalCommissions' },
					{ name: 'Total Conversions', value: 'totalConversions' },
					{ name: 'Total Leads', value: 'totalLeads' },
					{ name: 'Total Sale Amount', value: 'totalSaleAmount' },
				],
				routing: { send: { type: 'query', property: 'sortBy' } },
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				default: 'desc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				routing: { send: { type: 'query', property: 'sortOrder' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'approved',
				description: "The partner's enrollment status in the program",
				options: [
					{ name: 'Approved', value: 'approved' },
					{ name: 'Archived', value: 'archived' },
					{ name: 'Banned', value: 'banned' },
					{ name: 'Deactivated', value: 'deactivated' },
					{ name: 'Declined', value: 'declined' },
					{ name: 'Invited', value: 'invited' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Rejected', value: 'rejected' },
				],
				routing: { send: { type: 'query', property: 'status' } },
			},
			{
				displayName: 'Tenant ID',
				name: 'tenantId',
				type: 'string',
				default: '',
				description: "The partner's ID in your own system. Takes precedence over Email and Search.",
				routing: { send: { type: 'query', property: 'tenantId' } },
			},
		],
	},
];
