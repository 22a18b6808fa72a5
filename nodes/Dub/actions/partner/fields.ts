import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeParameterResourceLocator,
	INodeProperties,
} from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/output';
import { invalidField, type RequestCheck } from '../../../shared/validation';
import { testVariantsField } from '../link/fields';

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
export const testVariants: RequestCheck = function (request) {
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
export function linkPropertiesCollection(withComments: boolean): INodeProperties {
	const linkProp = (property: string) => ({ send: { type: 'body' as const, property: `linkProps.${property}` } });
	const listOfIds = (property: string) => ({
		send: {
			type: 'body' as const,
			property: `linkProps.${property}`,
			value: "={{ String($value).split(',').map(t => t.trim()).filter(t => t) }}",
		},
	});
	const options: INodeProperties[] = [
		testVariantsField({
			displayName: 'A/B Test Variants',
			option: 'variants',
			property: 'linkProps.testVariants',
			description: '2 to 4 destination URLs and the share of traffic each gets',
		}),
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
			description: 'When the short link stops redirecting to the destination, as an ISO 8601 date and time',
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
			description: 'When the A/B test ended or will end, as an ISO 8601 date and time',
			routing: linkProp('testCompletedAt'),
		},
		{
			displayName: 'Test Started At',
			name: 'testStartedAt',
			type: 'dateTime',
			default: '',
			description: 'When the A/B test started, as an ISO 8601 date and time',
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
		options,
	};
}

export const partnerFields: INodeProperties[] = [
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

export const linkKey: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	default: '',
	placeholder: 'jane',
	description: 'The slug of the short link; Dub generates a random 7-character one when empty',
	routing: { send: { type: 'body', property: 'key' } },
};

export const linkComments: INodeProperties = {
	displayName: 'Comments',
	name: 'comments',
	type: 'string',
	default: '',
	description: 'Internal comments on the short link',
	routing: { send: { type: 'body', property: 'comments' } },
};


/** What Simplify keeps of a partner. */
export const simplePartner = ['id', 'name', 'email', 'tenantId', 'status', 'country', 'groupId', 'links', 'totalClicks', 'totalLeads', 'totalSales', 'totalSaleAmount', 'totalCommissions', 'createdAt'];

/** Off by default: workflows built before the switch existed keep the full partner. */
export const partnerSimplify = simplifySwitch('partner', false);
