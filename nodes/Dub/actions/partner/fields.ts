import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeParameterResourceLocator, INodeProperties } from 'n8n-workflow';

import { simplifySwitch } from '../../../shared/output';
import { invalidField, type RequestCheck } from '../../../shared/validation';
import { testVariantsField } from '../link/fields';
import { boolean, dateTime, locatorMode, recordLocator, text } from '../../../shared/fields';

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
	return recordLocator({
		displayName: 'Partner',
		name: 'partnerId',
		description: options.description,
		searchListMethod: 'searchPartners',
		placeholder: 'pn_1JTBFVBMPEZSSWJHDD0YMKE2F',
		idPattern: { regex: '^pn_\\w+$', errorMessage: 'A Dub partner ID starts with pn_' },
		extraModes: options.withTenantId
			? [locatorMode('tenantId', 'By Tenant ID', 'user_123', 'The ID of the partner in your own system, as set when the partner was created')]
			: [],
		extra: { routing: { send: { preSend: [partnerIdentity('partnerId', options.where)] } } },
	});

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
		text('android', 'Android URL', 'Where Android devices are sent instead of the destination URL', undefined, { routing: linkProp('android') }),
		boolean('archived', 'Archived', 'Whether the short link is archived', undefined, { routing: linkProp('archived') }),
		...(withComments
			? [
					text('comments', 'Comments', 'Internal comments on the short link', linkProp('comments')) as INodeProperties,
				]
			: []),
		text('expiredUrl', 'Expired URL', 'Where visitors are sent once the link has expired', undefined, { routing: linkProp('expiredUrl') }),
		dateTime('expiresAt', 'Expires At', 'When the short link stops redirecting to the destination, as an ISO 8601 date and time', undefined, { routing: linkProp('expiresAt') }),
		text('externalId', 'External ID', 'The ID of the link in your own system; unique across the workspace', undefined, { placeholder: '123456', routing: linkProp('externalId') }),
		text('ios', 'iOS URL', 'Where iOS devices are sent instead of the destination URL', undefined, { routing: linkProp('ios') }),
		boolean('rewrite', 'Link Cloaking', 'Whether the short link masks the destination URL (link cloaking)', undefined, { routing: linkProp('rewrite') }),
		text('tenantId', 'Link Tenant ID', 'The ID of the tenant that created the link in your system; lets you fetch all links of a tenant', undefined, { routing: linkProp('tenantId') }),
		text('password', 'Password', 'A password visitors must enter to reach the destination URL', undefined, { typeOptions: { password: true }, routing: linkProp('password') }),
		text('prefix', 'Prefix', 'Path prefix of the default referral link slugs, e.g. /c/ gives https://{domain}/c/{identity}', undefined, { placeholder: '/c/', routing: linkProp('prefix') }),
		text('description', 'Preview Description', 'The og:description of the custom link preview (used when Use Custom Link Preview is on)', undefined, { routing: linkProp('description') }),
		text('image', 'Preview Image URL', 'The og:image of the custom link preview (used when Use Custom Link Preview is on)', undefined, { routing: linkProp('image') }),
		text('title', 'Preview Title', 'The og:title of the custom link preview (used when Use Custom Link Preview is on)', undefined, { routing: linkProp('title') }),
		text('video', 'Preview Video URL', 'The og:video of the custom link preview (used when Use Custom Link Preview is on)', undefined, { routing: linkProp('video') }),
		boolean('doIndex', 'Search Engine Indexing', 'Whether search engines may index the short link', undefined, { routing: linkProp('doIndex') }),
		text('tagIds', 'Tag IDs', 'Comma-separated IDs of the tags to assign', undefined, { placeholder: 'clux0rgak00011...,clux0rgak00022...', routing: listOfIds('tagIds') }),
		text('tagNames', 'Tag Names', 'Comma-separated names of the tags to assign (case insensitive)', undefined, { placeholder: 'newsletter,partner', routing: listOfIds('tagNames') }),
		dateTime('testCompletedAt', 'Test Completed At', 'When the A/B test ended or will end, as an ISO 8601 date and time', undefined, { routing: linkProp('testCompletedAt') }),
		dateTime('testStartedAt', 'Test Started At', 'When the A/B test started, as an ISO 8601 date and time', undefined, { routing: linkProp('testStartedAt') }),
		boolean('proxy', 'Use Custom Link Preview', 'Whether the link shows the custom preview (title, description, image, video) set here', undefined, { routing: linkProp('proxy') }),
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
	text('image', 'Avatar URL', "The partner's avatar image; Dub uses a default one when empty", 'body'),
	text('country', 'Country', "Two-letter ISO 3166-1 alpha-2 code of the partner's country of residence", 'body', { placeholder: 'US' }),
	text('description', 'Description', 'A short description of the partner and their background, at most 5,000 characters', 'body', { typeOptions: { rows: 3 } }),
	text('groupId', 'Group ID', "The partner group to add the partner to; the program's default group when empty", 'body', { placeholder: 'grp_123' }),
	text('name', 'Name', "The partner's full name, at most 100 characters; Dub uses the email address when empty", 'body'),
	text('tenantId', 'Tenant ID', "The partner's ID in your own system; lets you address the partner by it later", 'body', { placeholder: 'user_123' }),
	text('username', 'Username', "The partner's unique username in your system, at most 100 characters; used as the slug of their short link on the program's default domain", 'body'),
];

export const linkKey: INodeProperties = text('key', 'Key', 'The slug of the short link; Dub generates a random 7-character one when empty', 'body', { placeholder: 'jane' });

export const linkComments: INodeProperties = text('comments', 'Comments', 'Internal comments on the short link', 'body');


/** What Simplify keeps of a partner. */
export const simplePartner = ['id', 'name', 'email', 'tenantId', 'status', 'country', 'groupId', 'links', 'totalClicks', 'totalLeads', 'totalSales', 'totalSaleAmount', 'totalCommissions', 'createdAt'];

/** Off by default: workflows built before the switch existed keep the full partner. */
export const partnerSimplify = simplifySwitch('partner', false);
