import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeParameterResourceLocator,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { pathFromLocator } from '../../shared/locators';
import { invalidField, jsonObject, required, validate, type RequestCheck } from '../../shared/validation';
import { dubCursorPages } from '../transport';

const showFor = (operation: string[]) => ({ show: { resource: ['link'], operation } });


/** Empty text clears a nullable field (Dub takes null as "none"). */
const EMPTY_AS_NULL = '={{ $value === "" ? null : $value }}';
/** Empty text leaves the field out, so Dub applies its own default. */
const EMPTY_AS_OMITTED = '={{ String($value ?? "").trim() || undefined }}';

/**
 * Tag IDs, tag names and webhook IDs: comma-separated text or an array from an expression. Dub takes an array in
 * a body and one comma-separated value in a query (`style: form, explode: false`).
 */
function idList(key: string, where: 'body' | 'qs'): RequestCheck {
	return function (request) {
		const target = (where === 'qs' ? request.qs : request.body) as IDataObject | undefined;
		if (!target || !(key in target)) return;
		const raw = target[key];
		const items = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((item) => String(item).trim())
			.filter((item) => item !== '');
		if (where === 'body') target[key] = items;
		else if (items.length) target[key] = items.join(',');
		else delete target[key];
	};
}

/** GET /links/info addresses a link by `linkId`, by `externalId` (as `ext_<id>`), or by `domain` + `key`. */
async function linkInfoQuery(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const locator = this.getNodeParameter('linkId', undefined, { extractValue: false }) as INodeParameterResourceLocator;
	const value = String(this.getNodeParameter('linkId', '', { extractValue: true }) ?? '').trim();
	if (!value) throw invalidField(this, 'Link', 'is required');
	const qs = (request.qs ??= {}) as IDataObject;
	if (locator.mode === 'externalId') {
		qs.externalId = `ext_${value}`;
	} else if (locator.mode === 'shortLink') {
		const [location] = value.replace(/^[a-z][a-z\d+.-]*:\/\//i, '').split(/[?#]/);
		const slash = location.indexOf('/');
		const domain = (slash === -1 ? location : location.slice(0, slash)).toLowerCase();
		const key = slash === -1 ? '' : location.slice(slash + 1).replace(/\/+$/, '');
		if (!domain.includes('.')) {
			throw invalidField(this, 'Link', `must be a short link such as "dub.sh/github", got "${value}"`);
		}
		qs.domain = domain;
		// Without a key Dub returns the domain's root link.
		if (key) qs.key = safeDecode(key);
	} else {
		qs.linkId = value;
	}
	return request;
}

function safeDecode(text: string) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

export const linkOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['link'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a link',
				description: 'Create a short link',
				routing: {
					request: { method: 'POST', url: '/links' },
					send: { preSend: [validate(required('Destination URL', 'url'), ...bodyChecks())] },
				},
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a link',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: {
					request: { method: 'PUT', url: '/links/upsert' },
					send: { preSend: [validate(required('Destination URL', 'url'), ...bodyChecks())] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a link',
				routing: { request: { method: 'DELETE' } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a link',
				description: 'Retrieve a link by ID, external ID or short link (domain and key)',
				routing: { request: { method: 'GET', url: '/links/info' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many links',
				routing: {
					request: { method: 'GET', url: '/links' },
					send: { preSend: [validate(idList('tagIds', 'qs'), idList('tagNames', 'qs'))] },
					operations: { pagination: dubCursorPages },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a link',
				description: 'Change the fields given; returns the link unchanged when nothing differs',
				routing: {
					request: { method: 'PATCH' },
					send: { preSend: [validate(...bodyChecks())] },
				},
			},
		],
		default: 'create',
	},
];

function bodyChecks(): RequestCheck[] {
	return [idList('tagIds', 'body'), idList('tagNames', 'body'), idList('webhookIds', 'body'), jsonObject('Geo Targeting', 'geo')];
}

// Get reads the link through GET /links/info, so it can also find it by short link; the others address it in the path.
const linkLocators: INodeProperties[] = [
	{
		displayName: 'Link',
		name: 'linkId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: showFor(['get']),
		description: 'The link to retrieve',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchLinks', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z',
				hint: "Dub's ID of the link",
			},
			{
				displayName: 'By External ID',
				name: 'externalId',
				type: 'string',
				placeholder: '123456',
				hint: 'The ID of the link in your own system, without the ext_ prefix',
			},
			{
				displayName: 'By Short Link',
				name: 'shortLink',
				type: 'string',
				placeholder: 'dub.sh/github',
				hint: 'Domain and key, with or without https://; the domain alone means its root link',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^([a-zA-Z][a-zA-Z\\d+.-]*://)?[^\\s/]+\\.[^\\s/]+(/\\S*)?$',
							errorMessage: 'Enter a short link such as dub.sh/github',
						},
					},
				],
			},
		],
		routing: { send: { preSend: [linkInfoQuery] } },
	},
	{
		displayName: 'Link',
		name: 'linkId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: showFor(['delete', 'update']),
		description: 'The link to act on',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchLinks', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z',
				hint: "Dub's ID of the link",
			},
			{
				displayName: 'By External ID',
				name: 'externalId',
				type: 'string',
				placeholder: '123456',
				hint: 'The ID of the link in your own system, without the ext_ prefix',
			},
		],
		routing: {
			send: { preSend: [pathFromLocator('linkId', 'Link', (id) => `/links/${id}`, { externalId: 'ext_' })] },
		},
	},
];

const urlField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'https://example.com',
	description,
	routing: { send: { type: 'body', property: name, value: EMPTY_AS_NULL } },
});

const textField = (name: string, displayName: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
	routing: { send: { type: 'body', property: name, value: EMPTY_AS_NULL } },
});

const booleanField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
	routing: { send: { type: 'body', property: name } },
});

const dateField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description: `${description} ISO 8601, e.g. 2026-12-31T23:59:59Z. Empty removes it.`,
	routing: { send: { type: 'body', property: name, value: EMPTY_AS_NULL } },
});

const utmField = (part: string): INodeProperties =>
	textField(
		`utm_${part}`,
		`UTM ${part[0].toUpperCase()}${part.slice(1)}`,
		`Sets (or overrides) utm_${part} in the destination URL`,
	);

/** The optional link fields; Update also changes URL, domain and key, Create and Upsert can shape random keys. */
function linkFields(operation: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		booleanField(
			'doIndex',
			'Allow Search Engine Indexing',
			'Whether search engines may index the short link (see https://d.to/noindex)',
		),
		urlField('android', 'Android URL', 'Destination for visitors on Android devices'),
		booleanField('archived', 'Archived', 'Whether the link is archived (hidden from the default link list)'),
		textField('comments', 'Comments', 'Internal notes on the link'),
		booleanField(
			'proxy',
			'Custom Link Preview',
			'Whether shares of the link show the Preview Title, Description, Image and Video fields instead of the destination page',
		),
		dateField('expiresAt', 'Expiration Date', 'When the link stops redirecting to its destination.'),
		urlField('expiredUrl', 'Expired Redirect URL', 'Where the link redirects once it has expired'),
		textField(
			'externalId',
			'External ID',
			'The ID of the link in your own system (1-255 characters), unique in the workspace',
			'123456',
		),
		textField('folderId', 'Folder ID', 'ID of an existing folder to put the link in', 'fold_1JNQBVZV8P0NA0YCKQ6YPDX'),
		{
			displayName: 'Geo Targeting',
			name: 'geo',
			type: 'json',
			default: '{}',
			description:
				'JSON object mapping two-letter country codes to destination URLs, e.g. {"US": "https://example.com/us", "DE": "https://example.com/de"}',
			routing: { send: { type: 'body', property: 'geo' } },
		},
		urlField('ios', 'iOS URL', 'Destination for visitors on iOS devices'),
		booleanField(
			'rewrite',
			'Link Cloaking',
			'Whether to show the destination inside a frame under the short link instead of redirecting to it',
		),
		textField('partnerId', 'Partner ID', 'ID of the partner the link belongs to', 'pn_1JNQBVZV8P0NA0YCKQ6YPDX'),
		textField('password', 'Password', 'Password visitors must enter before they are redirected'),
		textField('description', 'Preview Description', 'Custom link preview description (og:description), used when Custom Link Preview is on'),
		urlField('image', 'Preview Image URL', 'Custom link preview image (og:image), used when Custom Link Preview is on'),
		textField('title', 'Preview Title', 'Custom link preview title (og:title), used when Custom Link Preview is on'),
		urlField('video', 'Preview Video URL', 'Custom link preview video (og:video), used when Custom Link Preview is on'),
		textField('programId', 'Program ID', 'ID of the partner program the link belongs to', 'prog_1JNQBVZV8P0NA0YCKQ6YPDX'),
		textField('ref', 'Referral Tag', 'Sets (or overrides) the ref query parameter in the destination URL'),
		{
			displayName: 'Tag IDs',
			name: 'tagIds',
			type: 'string',
			default: '',
			placeholder: 'tag_1JNQBVZV8P0NA0YCKQ6YPDX, tag_2KDPD2VZ3JHMMHQN2X3HAVQ6',
			description:
				operation === 'update'
					? 'Comma-separated IDs of the tags the link has afterwards; replaces its tags, and empty removes them all'
					: 'Comma-separated IDs of existing tags to assign',
			routing: { send: { type: 'body', property: 'tagIds' } },
		},
		{
			displayName: 'Tag Names',
			name: 'tagNames',
			type: 'string',
			default: '',
			placeholder: 'newsletter, q3-campaign',
			description: 'Comma-separated names of existing tags to assign (case-insensitive), instead of Tag IDs',
			routing: { send: { type: 'body', property: 'tagNames' } },
		},
		textField(
			'tenantId',
			'Tenant ID',
			'The ID of the tenant in your own system that owns the link; Get Many can filter by it',
		),
		dateField('testCompletedAt', 'Test Completed At', 'When the A/B test of the Test Variants ends.'),
		dateField('testStartedAt', 'Test Started At', 'When the A/B test of the Test Variants started.'),
		{
			displayName: 'Test Variants',
			name: 'testVariants',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Variant',
			default: {},
			description:
				'A/B test: 2 to 4 destination URLs, each with the percentage of traffic (10-90) it receives; the percentages add up to 100',
			options: [
				{
					displayName: 'Variant',
					name: 'variant',
					values: [
						{
							displayName: 'URL',
							name: 'url',
							type: 'string',
							default: '',
							placeholder: 'https://example.com/variant-1',
						},
						{
							displayName: 'Percentage',
							name: 'percentage',
							type: 'number',
							typeOptions: { minValue: 10, maxValue: 90 },
							default: 50,
							description: 'Share of the traffic sent to this URL, in percent',
						},
					],
				},
			],
			routing: { send: { type: 'body', property: 'testVariants', value: '={{ $value.variant ?? [] }}' } },
		},
		booleanField('trackConversion', 'Track Conversions', 'Whether Dub tracks leads and sales from the link'),
		utmField('campaign'),
		utmField('content'),
		utmField('medium'),
		utmField('source'),
		utmField('term'),
		{
			displayName: 'Webhook IDs',
			name: 'webhookIds',
			type: 'string',
			default: '',
			placeholder: 'wh_1JNQBVZV8P0NA0YCKQ6YPDX',
			description: 'Comma-separated IDs of webhooks that receive the link\'s click events',
			routing: { send: { type: 'body', property: 'webhookIds' } },
		},
	];
	if (operation === 'create') {
		fields.push(
			{
				displayName: 'Key Length',
				name: 'keyLength',
				type: 'number',
				typeOptions: { minValue: 3, maxValue: 190 },
				default: 7,
				description: 'Length of the random key Dub generates when Key is empty (prefix not counted)',
				routing: { send: { type: 'body', property: 'keyLength' } },
			},
			{
				displayName: 'Key Prefix',
				name: 'prefix',
				type: 'string',
				default: '',
				placeholder: '/c/',
				description: 'Prefix of a randomly generated key, e.g. /c/ gives dub.sh/c/x7Yz9Ab; ignored when Key is set',
				routing: { send: { type: 'body', property: 'prefix', value: EMPTY_AS_OMITTED } },
			},
		);
	} else {
		fields.push(
			{
				displayName: 'Destination URL',
				name: 'url',
				type: 'string',
				default: '',
				placeholder: 'https://dub.co/blog',
				description: 'Where the short link redirects',
				routing: { send: { type: 'body', property: 'url', value: EMPTY_AS_OMITTED } },
			},
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'dub.sh',
				description: 'Domain of the short link, without protocol',
				routing: { send: { type: 'body', property: 'domain', value: EMPTY_AS_OMITTED } },
			},
			{
				displayName: 'Key',
				name: 'key',
				type: 'string',
				default: '',
				placeholder: 'github',
				description: 'The slug after the domain, e.g. github for dub.sh/github',
				routing: { send: { type: 'body', property: 'key', value: EMPTY_AS_OMITTED } },
			},
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const createShape: INodeProperties[] = [
	{
		displayName: 'Destination URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://dub.co/blog',
		description: 'Where the short link redirects (at most 32,000 characters)',
		routing: { send: { type: 'body', property: 'url' } },
	},
	{
		displayName: 'Domain',
		name: 'domain',
		type: 'string',
		default: '',
		placeholder: 'dub.sh',
		description: "Domain of the short link, without protocol. Empty uses the workspace's primary domain (dub.sh without one).",
		routing: { send: { type: 'body', property: 'domain', value: EMPTY_AS_OMITTED } },
	},
	{
		displayName: 'Key',
		name: 'key',
		type: 'string',
		default: '',
		placeholder: 'github',
		description: 'The slug after the domain, e.g. github for dub.sh/github. Empty lets Dub generate a random one.',
		routing: { send: { type: 'body', property: 'key', value: EMPTY_AS_OMITTED } },
	},
];

export const linkFieldsDescription: INodeProperties[] = [
	...linkLocators,

	// Create, Upsert
	{ ...createShape[0], displayOptions: showFor(['create']) },
	...createShape.slice(1).map((field) => ({ ...field, displayOptions: showFor(['create', 'upsert']) })),
	{
		displayName: 'Destination URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://dub.co/blog',
		description:
			'Where the short link redirects. Dub looks for a link with this destination URL: it returns that link, updated with the fields given, or creates one when there is none.',
		displayOptions: showFor(['upsert']),
		routing: { send: { type: 'body', property: 'url' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create', 'upsert']),
		options: linkFields('create'),
	},

	// Update
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['update']),
		options: linkFields('update'),
	},

	// Get Many
	...returnAllAndLimit('link'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'dub.sh',
				description: 'Only links on this domain',
				routing: { send: { type: 'query', property: 'domain' } },
			},
			{
				displayName: 'Folder ID',
				name: 'folderId',
				type: 'string',
				default: '',
				description: 'Only links in this folder',
				routing: { send: { type: 'query', property: 'folderId' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Matches the key of the short link and the destination URL',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Show Archived',
				name: 'showArchived',
				type: 'boolean',
				default: false,
				description: 'Whether to include archived links',
				routing: { send: { type: 'query', property: 'showArchived' } },
			},
			{
				displayName: 'Tag IDs',
				name: 'tagIds',
				type: 'string',
				default: '',
				placeholder: 'tag_1JNQBVZV8P0NA0YCKQ6YPDX, tag_2KDPD2VZ3JHMMHQN2X3HAVQ6',
				description: 'Comma-separated tag IDs; only links tagged with them',
				routing: { send: { type: 'query', property: 'tagIds' } },
			},
			{
				displayName: 'Tag Names',
				name: 'tagNames',
				type: 'string',
				default: '',
				placeholder: 'newsletter, q3-campaign',
				description: 'Comma-separated tag names (case-insensitive); only links tagged with them',
				routing: { send: { type: 'query', property: 'tagNames' } },
			},
			{
				displayName: 'Tenant ID',
				name: 'tenantId',
				type: 'string',
				default: '',
				description: 'Only links of this tenant of your own system',
				routing: { send: { type: 'query', property: 'tenantId' } },
			},
			{
				displayName: 'User ID',
				name: 'userId',
				type: 'string',
				default: '',
				description: 'Only links created by this Dub user',
				routing: { send: { type: 'query', property: 'userId' } },
			},
		],
	},
];
