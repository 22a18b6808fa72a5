import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeParameterResourceLocator, INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/output';
import { invalidField, jsonObject, type RequestCheck } from '../../../shared/validation';
import { boolean, group, json, locatorMode, number, queryText, recordLocator, rows, text } from '../../../shared/fields';

/** Empty text clears a nullable field (Dub takes null as "none"). */
export const EMPTY_AS_NULL = '={{ $value === "" ? null : $value }}';
/** Empty text leaves the field out, so Dub applies its own default. */
export const EMPTY_AS_OMITTED = '={{ String($value ?? "").trim() || undefined }}';

/**
 * Tag IDs, tag names and webhook IDs: comma-separated text or an array from an expression. Dub takes an array in
 * a body and one comma-separated value in a query (`style: form, explode: false`).
 */
export function idList(key: string, where: 'body' | 'qs'): RequestCheck {
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

/** The checks of a link body: lists of IDs and the geo-targeting object. */
export const linkBodyChecks: RequestCheck[] = [
	idList('tagIds', 'body'),
	idList('tagNames', 'body'),
	idList('webhookIds', 'body'),
	jsonObject('Geo Targeting', 'geo'),
];

function safeDecode(text: string) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** GET /links/info addresses a link by `linkId`, by `externalId` (as `ext_<id>`), or by `domain` + `key`. */
export async function linkInfoQuery(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
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


/** The link an operation acts on: from a list, by Dub ID or by your own external ID (`ext_<id>` in the path). */
export const linkLocator = recordLocator({
	displayName: 'Link',
	name: 'linkId',
	searchListMethod: 'searchLinks',
	placeholder: 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z',
	idHint: "Dub's ID of the link",
	extraModes: [locatorMode('externalId', 'By External ID', '123456', 'The ID of the link in your own system, without the ext_ prefix')],
});

/** Dub addresses a link by external ID as `ext_<id>`. */
export const linkPath = { linkId: { label: 'Link', prefixByMode: { externalId: 'ext_' } } };

/** Get reads the link through GET /links/info, so it can also find it by short link. */
export const linkInfoLocator: INodeProperties = {
	...linkLocator,
	description: 'The link to retrieve',
	modes: [
		...(linkLocator.modes ?? []),
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
};

const urlField = (name: string, displayName: string, description: string) =>
	text(name, displayName, description, { type: 'body', property: name, value: EMPTY_AS_NULL }, { placeholder: 'https://example.com' });

const textField = (name: string, displayName: string, description: string, placeholder?: string, property = name): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
	routing: { send: { type: 'body', property, value: EMPTY_AS_NULL } },
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
		`utm${part[0].toUpperCase()}${part.slice(1)}`,
		`UTM ${part[0].toUpperCase()}${part.slice(1)}`,
		`Sets (or overrides) utm_${part} in the destination URL`,
		undefined,
		`utm_${part}`,
	);

/**
 * A/B test variants: 2 to 4 destination URLs with their share of the traffic. `option` is the name of the inner
 * group, stored in workflows (`variant` on links, `variants` in a partner's link properties).
 */
export function testVariantsField(options: { displayName: string; option: string; property: string; description: string }): INodeProperties {
	return rows('testVariants', options.displayName, options.description, 'Add Variant', { name: options.option, displayName: 'Variant', values: [
		{ displayName: 'URL', name: 'url', type: 'string', default: '', placeholder: 'https://example.com/variant-1' },
		number('percentage', 'Percentage', 'Share of the traffic sent to this URL, in percent (10 to 90)', undefined, { typeOptions: { minValue: 10, maxValue: 90 }, default: 50 }),
	] }, { routing: { send: { type: 'body', property: options.property, value: `={{ $value.${options.option} ?? [] }}` } } });
}

/** Text for the short link's parts: the destination, its domain and its key. */
export const shortLinkField = {
	url: (description: string, options: { required?: boolean } = {}): INodeProperties => ({
		displayName: 'Destination URL',
		name: 'url',
		type: 'string',
		...(options.required ? { required: true } : {}),
		default: '',
		placeholder: 'https://dub.co/blog',
		description,
		routing: { send: { type: 'body', property: 'url', ...(options.required ? {} : { value: EMPTY_AS_OMITTED }) } },
	}),
	domain: (description: string): INodeProperties => ({
		displayName: 'Domain',
		name: 'domain',
		type: 'string',
		default: '',
		placeholder: 'dub.sh',
		description,
		routing: { send: { type: 'body', property: 'domain', value: EMPTY_AS_OMITTED } },
	}),
	key: (description: string): INodeProperties => ({
		displayName: 'Key',
		name: 'key',
		type: 'string',
		default: '',
		placeholder: 'github',
		description,
		routing: { send: { type: 'body', property: 'key', value: EMPTY_AS_OMITTED } },
	}),
};

/** The optional link fields; Update also changes URL, domain and key, Create and Upsert can shape random keys. */
export function linkFields(operation: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		booleanField('doIndex', 'Allow Search Engine Indexing', 'Whether search engines may index the short link (see https://d.to/noindex)'),
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
		textField('externalId', 'External ID', 'The ID of the link in your own system (1-255 characters), unique in the workspace', '123456'),
		{
			displayName: 'Folder Name or ID',
			name: 'folderId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getFolders' },
			default: '',
			description:
				'The folder to put the link in. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: { send: { type: 'body', property: 'folderId', value: EMPTY_AS_NULL } },
		},
		json('geo', 'Geo Targeting', 'JSON object mapping two-letter country codes to destination URLs, e.g. {"US": "https://example.com/us", "DE": "https://example.com/de"}', 'body'),
		urlField('ios', 'iOS URL', 'Destination for visitors on iOS devices'),
		booleanField('rewrite', 'Link Cloaking', 'Whether to show the destination inside a frame under the short link instead of redirecting to it'),
		textField('partnerId', 'Partner ID', 'ID of the partner the link belongs to', 'pn_1JNQBVZV8P0NA0YCKQ6YPDX'),
		textField('password', 'Password', 'Password visitors must enter before they are redirected'),
		textField('description', 'Preview Description', 'Custom link preview description (og:description), used when Custom Link Preview is on'),
		urlField('image', 'Preview Image URL', 'Custom link preview image (og:image), used when Custom Link Preview is on'),
		textField('title', 'Preview Title', 'Custom link preview title (og:title), used when Custom Link Preview is on'),
		urlField('video', 'Preview Video URL', 'Custom link preview video (og:video), used when Custom Link Preview is on'),
		textField('programId', 'Program ID', 'ID of the partner program the link belongs to', 'prog_1JNQBVZV8P0NA0YCKQ6YPDX'),
		textField('ref', 'Referral Tag', 'Sets (or overrides) the ref query parameter in the destination URL'),
		{
			displayName: 'Tag Names or IDs',
			name: 'tagIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTags' },
			default: [],
			description:
				'Tags of the link; on Update they replace its current tags, and none removes them all. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: { send: { type: 'body', property: 'tagIds' } },
		},
		text('tagNames', 'Tag Names', 'Comma-separated names of existing tags to assign (case-insensitive), instead of Tag IDs', 'body', { placeholder: 'newsletter, q3-campaign' }),
		textField('tenantId', 'Tenant ID', 'The ID of the tenant in your own system that owns the link; Get Many can filter by it'),
		dateField('testCompletedAt', 'Test Completed At', 'When the A/B test of the Test Variants ends.'),
		dateField('testStartedAt', 'Test Started At', 'When the A/B test of the Test Variants started.'),
		testVariantsField({
			displayName: 'Test Variants',
			option: 'variant',
			property: 'testVariants',
			description:
				'A/B test: 2 to 4 destination URLs, each with the percentage of traffic (10-90) it receives; the percentages add up to 100',
		}),
		booleanField('trackConversion', 'Track Conversions', 'Whether Dub tracks leads and sales from the link'),
		utmField('campaign'),
		utmField('content'),
		utmField('medium'),
		utmField('source'),
		utmField('term'),
		text('webhookIds', 'Webhook IDs', "Comma-separated IDs of webhooks that receive the link's click events", 'body', { placeholder: 'wh_1JNQBVZV8P0NA0YCKQ6YPDX' }),
	];
	if (operation === 'create') {
		fields.push(
			number('keyLength', 'Key Length', 'Number of characters of the random key Dub generates when Key is empty (prefix not counted)', 'body', { typeOptions: { minValue: 3, maxValue: 190 }, default: 7 }),
			text('prefix', 'Key Prefix', 'Prefix of a randomly generated key, e.g. /c/ gives dub.sh/c/x7Yz9Ab; ignored when Key is set', { type: 'body', property: 'prefix', value: EMPTY_AS_OMITTED }, { placeholder: '/c/' }),
		);
	} else {
		fields.push(
			shortLinkField.url('Where the short link redirects'),
			shortLinkField.domain('Domain of the short link, without protocol'),
			shortLinkField.key('The slug after the domain, e.g. github for dub.sh/github'),
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Domain and Key of Create and Upsert. */
export const newLinkAddress: INodeProperties[] = [
	shortLinkField.domain("Domain of the short link, without protocol. Empty uses the workspace's primary domain (dub.sh without one)."),
	shortLinkField.key('The slug after the domain, e.g. github for dub.sh/github. Empty lets Dub generate a random one.'),
];

export const newLinkFields: INodeProperties = group('additionalFields', linkFields('create'));

/** What Simplify keeps of a link. */
export const simpleLink = ['id', 'shortLink', 'domain', 'key', 'url', 'externalId', 'tenantId', 'folderId', 'partnerId', 'tags', 'archived', 'expiresAt', 'clicks', 'leads', 'sales', 'saleAmount', 'lastClicked', 'createdAt'];

/** Off by default: workflows built before the switch existed keep the full link. */
export const linkSimplify = simplifySwitch('link', false);

/** Dub takes at most 100 links in one bulk request. */
export const MAX_BULK_LINKS = 100;

/** How many input items go into one bulk request. */
export const batchOptions: INodeProperties = {
	displayName: 'Batch Options',
	name: 'batchOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		number('batchSize', 'Batch Size', `How many input items go into one request to Dub, at most ${MAX_BULK_LINKS}`, undefined, { typeOptions: { minValue: 1, maxValue: MAX_BULK_LINKS }, default: MAX_BULK_LINKS }),
	],
};

export const batchSize = { parameter: 'batchOptions.batchSize', label: 'Batch Size', max: MAX_BULK_LINKS };

/** One link of a bulk update or delete: Dub's ID, or your own external ID. */
export interface LinkReference {
	linkId?: string;
	externalId?: string;
}

/** The link of this item as a bulk request names it, from the Link locator. */
export function linkReference(ctx: IExecuteSingleFunctions): LinkReference {
	const locator = ctx.getNodeParameter('linkId', undefined, { extractValue: false }) as INodeParameterResourceLocator;
	const value = String(ctx.getNodeParameter('linkId', '', { extractValue: true }) ?? '').trim();
	if (!value) throw invalidField(ctx, 'Link', 'is required');
	if (/[,\s]/.test(value)) throw invalidField(ctx, 'Link', `must be one link, got "${value}"`);
	return locator.mode === 'externalId' ? { externalId: value } : { linkId: value };
}

/** Whether a record of Dub's answer is the link `reference` names. */
export const isLink = (record: IDataObject, reference: LinkReference) =>
	reference.linkId !== undefined
		? record.id === reference.linkId
		: record.externalId === reference.externalId || record.externalId === `ext_${reference.externalId}`;

export const referenceText = (reference: LinkReference) => reference.linkId ?? `external ID ${reference.externalId}`;

/** The filters of Get Many and Count: which links. */
export const linkListFilters: INodeProperties[] = [
	queryText('domain', 'Domain', 'Only links on this domain', 'dub.sh'),
	queryText('folderId', 'Folder ID', 'Only links in this folder'),
	queryText('search', 'Search', 'Matches the key of the short link and the destination URL'),
	boolean('showArchived', 'Show Archived', 'Whether to include archived links too', 'query'),
	queryText(
		'tagIds',
		'Tag IDs',
		'Comma-separated tag IDs; only links tagged with them',
		'tag_1JNQBVZV8P0NA0YCKQ6YPDX, tag_2KDPD2VZ3JHMMHQN2X3HAVQ6',
	),
	queryText('tagNames', 'Tag Names', 'Comma-separated tag names (case-insensitive); only links tagged with them', 'newsletter, q3-campaign'),
	queryText('tenantId', 'Tenant ID', 'Only links of this tenant of your own system'),
	queryText('userId', 'User ID', 'Only links created by this Dub user'),
];
