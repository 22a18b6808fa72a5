import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { nodeIdentity } from '../shared/operation';
import { headerValue, verifyHmacSignature } from '../shared/signatures';
import {
	acknowledgeOptions,
	deliveryWebhooks,
	webhookTrigger,
	type DeliveryAdapter,
	type Registration,
	type TriggerContext,
	type WebhookRegistry,
} from '../shared/webhookTrigger';
import { dubClient } from './client';
import { dubEvents } from './events';
import { searchFolders, searchLinks } from './listSearch';
import { options, rows, text } from '../shared/fields';

/** What Dub's webhook management API answers with. */
interface DubWebhook {
	id?: string;
	name?: string;
	url?: string;
	secret?: string;
	triggers?: string[];
	linkScope?: string | null;
	disabledAt?: string | null;
}

const MAX_WEBHOOK_NAME = 40;
const LINK_CLICKED = 'link.clicked';

type ClickScope = 'workspace' | 'links' | 'folders';

/** The chosen links or folders of a click scope: the field, Dub's body property and its limit. */
const SCOPE_LISTS = {
	links: { parameter: 'clickLinks', entry: 'link', property: 'linkIds', label: 'Links', noun: 'link', max: 1000 },
	folders: { parameter: 'clickFolders', entry: 'folder', property: 'folderIds', label: 'Folders', noun: 'folder', max: 100 },
} as const;

const isManual = (ctx: TriggerContext) => ctx.getNodeParameter('registration', 'automatic') === 'manual';
const selectedEvents = (ctx: TriggerContext) => ctx.getNodeParameter('events', []) as string[];

/** The ids picked in a list of resource locators (a locator's value, or a plain id), without blanks or repeats. */
function pickedIds(ctx: IHookFunctions, scope: keyof typeof SCOPE_LISTS): string[] {
	const list = SCOPE_LISTS[scope];
	const entries = ctx.getNodeParameter(`${list.parameter}.values`, []) as IDataObject[];
	const ids = entries.map((entry) => {
		const picked = entry[list.entry] as { value?: unknown } | string | undefined;
		const value = typeof picked === 'object' && picked !== null ? picked.value : picked;
		return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	});
	const unique = [...new Set(ids.filter(Boolean))];
	if (unique.length === 0) {
		throw new NodeOperationError(ctx.getNode(), `${list.label} must name at least one ${list.noun} whose clicks start the workflow`);
	}
	if (unique.length > list.max) {
		throw new NodeOperationError(ctx.getNode(), `${list.label} can name at most ${list.max} ${list.noun}s (Dub's limit), got ${unique.length}`);
	}
	return unique;
}

/** Dub requires a link scope exactly when click events are wanted: every link, chosen links or chosen folders. */
function clickScope(ctx: IHookFunctions): IDataObject {
	const scope = ctx.getNodeParameter('clickScope', 'workspace') as ClickScope;
	if (scope !== 'links' && scope !== 'folders') return { linkScope: 'workspace' };
	return { linkScope: scope, [SCOPE_LISTS[scope].property]: pickedIds(ctx, scope) };
}

const dubRegistry: WebhookRegistry<DubWebhook> = {
	vendor: 'Dub',
	noun: 'webhook',
	client: dubClient,
	collectionPath: '/webhooks',
	itemPath: '/webhooks/{id}',
	idKey: 'webhookId',
	registrationKeys: ['webhookSecret'],
	memories: ['recentDeliveries'],
	one: (body) => (body && typeof body === 'object' ? (body as DubWebhook) : undefined),
	idOf: (webhook) => webhook.id,
	urlOf: (webhook) => webhook.url,
	isManual,

	async wanted(ctx, url) {
		const events = selectedEvents(ctx);
		if (events.length === 0) {
			throw new NodeOperationError(ctx.getNode(), 'Events must name at least one Dub event to listen to');
		}
		const workflowName = ctx.getWorkflow().name || ctx.getNode().name;
		return {
			name: `n8n: ${workflowName}`.slice(0, MAX_WEBHOOK_NAME).trimEnd(),
			url,
			triggers: events,
			...(events.includes(LINK_CLICKED) ? clickScope(ctx) : {}),
		};
	},

	matches(webhook, wanted) {
		const triggers = new Set(webhook.triggers ?? []);
		const events = wanted.triggers as string[];
		if (webhook.url !== wanted.url) return false;
		// Dub disables a webhook after 20 failed deliveries; a fresh one starts delivering again.
		if (webhook.disabledAt) return false;
		if (triggers.size !== new Set(events).size || !events.every((event) => triggers.has(event))) return false;
		// An answer without linkScope says nothing about it; one with it must be the wanted scope.
		return !wanted.linkScope || webhook.linkScope === undefined || webhook.linkScope === wanted.linkScope;
	},

	// Dub does not show a webhook's link or folder ids; the ones registered are kept to notice a change.
	unseenSettings: (wanted: Registration) =>
		wanted.linkScope === 'links' || wanted.linkScope === 'folders'
			? `${wanted.linkScope}:${[...((wanted.linkIds ?? wanted.folderIds) as string[])].sort().join(',')}`
			: undefined,

	refusalStatuses: [409],
	// Dub answers 409 when a webhook of the workspace already has this URL.
	isUrlTaken: () => true,
	async *listPages(ctx) {
		yield await dubClient.request<DubWebhook[]>(ctx, { method: 'GET', url: '/webhooks' });
	},
	// Dub shows a webhook's secret on creation: a new webhook is the way to know it.
	takeOver: 'recreate',

	async remember(ctx, staticData, webhook, how) {
		if (how === 'registered' && !webhook.secret) {
			throw new NodeOperationError(ctx.getNode(), 'Dub created the webhook but did not return its ID and secret');
		}
		if (webhook.secret && webhook.secret !== staticData.webhookSecret) staticData.webhookSecret = webhook.secret;
	},
};

const dubDeliveries: DeliveryAdapter = {
	async verify(ctx, raw, staticData) {
		const secret = isManual(ctx) ? (ctx.getNodeParameter('signingSecret', '') as string) : staticData.webhookSecret;
		if (typeof secret !== 'string' || !secret) {
			return { valid: false, reason: 'The Dub Trigger has no signing secret; activate the workflow again or paste the secret' };
		}
		const check = verifyHmacSignature({
			secret,
			payload: raw,
			signature: headerValue(ctx.getHeaderData() as IDataObject, 'dub-signature'),
			source: 'Dub-Signature header',
		});
		return check.valid ? { valid: true } : { valid: false, reason: check.reason ?? 'Invalid signature' };
	},
	parse(body) {
		if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'The body is not an event' };
		const envelope = body as IDataObject;
		return {
			event: envelope.event as string,
			item: { id: envelope.id, event: envelope.event, createdAt: envelope.createdAt, data: envelope.data },
		};
	},
	selected: (ctx: IWebhookFunctions, event) => selectedEvents(ctx).includes(event),
	// Dub retries failed deliveries and signs no timestamp, so the event id is the guard against replays.
	deliveryIds: (item) => ({ recentDeliveries: typeof item.id === 'string' ? item.id : undefined }),
};

/** One list of picked links or folders, shown for Chosen Links or Chosen Folders. */
function scopeList(scope: keyof typeof SCOPE_LISTS, searchListMethod: string, placeholder: string): INodeProperties {
	const list = SCOPE_LISTS[scope];
	return rows(list.parameter, list.label, `The ${list.noun}s whose clicks start the workflow (at most ${list.max})`, `Add ${list.noun.charAt(0).toUpperCase()}${list.noun.slice(1)}`, { name: 'values', displayName: list.label, values: [
		{
			displayName: `${list.noun.charAt(0).toUpperCase()}${list.noun.slice(1)}`,
			name: list.entry,
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					typeOptions: { searchListMethod, searchable: true },
				},
				{ displayName: 'By ID', name: 'id', type: 'string', placeholder },
			],
		},
	] }, { displayOptions: { show: { registration: ['automatic'], events: [LINK_CLICKED], clickScope: [scope] } } });
}

const dubTrigger = webhookTrigger(dubRegistry, dubDeliveries);

export class DubTrigger implements INodeType {
	description: INodeTypeDescription = {
		...nodeIdentity({
			name: 'dubTrigger',
			displayName: 'Dub Trigger',
			group: 'trigger',
			description: 'Starts the workflow when Dub sends an event: link clicks, leads, sales, partner and payout events',
		}),
		icon: { light: 'file:../../icons/dub.svg', dark: 'file:../../icons/dub.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'dubApi',
				required: true,
				displayOptions: { show: { registration: ['automatic'] } },
			},
		],
		webhooks: deliveryWebhooks,
		properties: [
			options('registration', 'Registration', undefined, [
				['Automatic', 'automatic', 'The node creates the webhook in Dub when the workflow is activated and deletes it when the workflow is deactivated (needs an API key with the webhooks.write scope)'],
				['Manual', 'manual', "You create the webhook in Dub's dashboard and paste its signing secret here"],
			], 'automatic', undefined, { noDataExpression: true }),
			{
				displayName:
					"In Dub, open Settings → Webhooks, create a webhook with this node's Production URL and the same events, then copy its signing secret below",
				name: 'manualNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { registration: ['manual'] } },
			},
			text('signingSecret', 'Signing Secret', "The webhook's secret from Dub's dashboard, including the whsec_ prefix", undefined, { typeOptions: { password: true }, required: true, placeholder: 'whsec_...', displayOptions: { show: { registration: ['manual'] } } }),
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Dub events that start the workflow; other events are acknowledged and ignored',
				options: dubEvents,
			},
			options('clickScope', 'Clicks On', 'Which clicks Dub sends as Link Clicked events. Changing this replaces the webhook in Dub.', [
				['All Links', 'workspace', 'A click on any short link of the workspace'],
				['Chosen Folders', 'folders', 'Clicks on the links in the chosen folders, e.g. one folder per campaign (up to 100 folders)'],
				['Chosen Links', 'links', 'Clicks on the chosen links only (up to 1,000 links)'],
			], 'workspace', undefined, { noDataExpression: true, displayOptions: { show: { registration: ['automatic'], events: [LINK_CLICKED] } } }),
			scopeList('links', 'searchLinks', 'e.g. link_1J2K3L4M5N6P7Q8R9S'),
			scopeList('folders', 'searchFolders', 'e.g. fold_1J2K3L4M5N6P7Q8R9S'),
			acknowledgeOptions,
		],
	};

	methods = { listSearch: { searchLinks, searchFolders } };

	webhookMethods = dubTrigger.webhookMethods;

	webhook = dubTrigger.webhook;

	execute = dubTrigger.execute;
}
