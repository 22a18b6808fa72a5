import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type IHttpRequestMethods,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { forgetDeliveries, seenBefore } from '../shared/dedupe';
import type { ToleratedResult } from '../shared/client';
import { headerValue, rawBodyOf, verifyHmacSignature } from '../shared/signatures';
import { dubClient } from './client';

/** What Dub's webhook management API answers with. */
interface DubWebhook {
	id?: string;
	name?: string;
	url?: string;
	secret?: string;
	triggers?: string[];
	linkScope?: string;
	disabledAt?: string | null;
}

const MAX_WEBHOOK_NAME = 40;
const LINK_CLICKED = 'link.clicked';

/** One request to Dub's webhook API; failures with a `tolerate`d status come back instead of being thrown. */
async function dubApi<T>(
	ctx: IHookFunctions,
	method: IHttpRequestMethods,
	url: string,
	options: { body?: IDataObject; tolerate?: number[] } = {},
): Promise<ToleratedResult<T>> {
	return await dubClient.requestTolerating<T>(
		ctx,
		{ method, url, body: options.body, headers: { Accept: 'application/json' } },
		options.tolerate ?? [],
	);
}

/** The answer's body; failures are thrown as Dub's own error. */
async function dubBody<T>(ctx: IHookFunctions, method: IHttpRequestMethods, url: string, body?: IDataObject) {
	const result = await dubApi<T>(ctx, method, url, { body });
	if (!result.ok) throw result.error;
	return result.body;
}

/** Deletes a webhook in Dub; one that is already gone counts as deleted. */
async function deleteWebhook(ctx: IHookFunctions, id: string) {
	await dubApi(ctx, 'DELETE', `/webhooks/${encodeURIComponent(id)}`, { tolerate: [404] });
}

function webhookUrl(ctx: IHookFunctions) {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not provide a webhook URL for this node');
	return url;
}

function selectedEvents(ctx: IHookFunctions | IWebhookFunctions) {
	return ctx.getNodeParameter('events', []) as string[];
}

function isManual(ctx: IHookFunctions | IWebhookFunctions) {
	return ctx.getNodeParameter('registration', 'automatic') === 'manual';
}

function registrationBody(ctx: IHookFunctions, url: string): IDataObject {
	const events = selectedEvents(ctx);
	if (events.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Events must name at least one Dub event to listen to');
	}
	const workflowName = ctx.getWorkflow().name || ctx.getNode().name;
	return {
		name: `n8n: ${workflowName}`.slice(0, MAX_WEBHOOK_NAME).trimEnd(),
		url,
		triggers: events,
		// Dub requires a link scope exactly when click events are wanted; the node listens to every link.
		...(events.includes(LINK_CLICKED) ? { linkScope: 'workspace' } : {}),
	};
}

/** Whether the webhook Dub holds still sends the selected events to this node's URL. */
function matchesConfiguration(webhook: DubWebhook, url: string, events: string[]) {
	const triggers = new Set(webhook.triggers ?? []);
	if (webhook.url !== url) return false;
	// Dub disables a webhook after 20 failed deliveries; a fresh one starts delivering again.
	if (webhook.disabledAt) return false;
	if (triggers.size !== new Set(events).size || !events.every((event) => triggers.has(event))) return false;
	if (events.includes(LINK_CLICKED) && webhook.linkScope !== undefined && webhook.linkScope !== 'workspace') {
		return false;
	}
	return true;
}

function forgetWebhook(staticData: IDataObject) {
	delete staticData.webhookId;
	delete staticData.webhookSecret;
}

/** Answers the delivery without starting the workflow. */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

const eventOptions = [
	{ name: 'Bounty Created', value: 'bounty.created', description: 'A bounty is added to your partner program' },
	{ name: 'Bounty Updated', value: 'bounty.updated', description: 'A bounty of your partner program changes' },
	{
		name: 'Commission Created',
		value: 'commission.created',
		description: 'A partner earns a commission (for a click, lead or sale)',
	},
	{
		name: 'Discount Code Created',
		value: 'discount_code.created',
		description: 'A discount code is created for a partner',
	},
	{
		name: 'Discount Code Deleted',
		value: 'discount_code.deleted',
		description: 'A partner discount code is deleted',
	},
	{
		name: 'Lead Created',
		value: 'lead.created',
		description: 'A lead is tracked: a customer signs up after clicking a link. This is also when Dub creates the customer.',
	},
	{
		name: 'Link Clicked',
		value: 'link.clicked',
		description: 'Any short link of the workspace is clicked. Can be many events.',
	},
	{
		name: 'Link Created',
		value: 'link.created',
		description: 'A short link is created (links created in bulk send no event)',
	},
	{
		name: 'Link Deleted',
		value: 'link.deleted',
		description: 'A short link is deleted (links deleted in bulk send no event)',
	},
	{
		name: 'Link Updated',
		value: 'link.updated',
		description: 'A short link is changed (links changed in bulk send no event)',
	},
	{
		name: 'Partner Application Submitted',
		value: 'partner.application_submitted',
		description: 'Someone applies to join your partner program',
	},
	{ name: 'Partner Enrolled', value: 'partner.enrolled', description: 'A partner joins your partner program' },
	{ name: 'Partner Merged', value: 'partner.merged', description: 'Two partner accounts are merged into one' },
	{ name: 'Payout Confirmed', value: 'payout.confirmed', description: 'A payout to a partner is confirmed' },
	{
		name: 'Sale Created',
		value: 'sale.created',
		description: 'A sale is tracked for a customer (amount in cents)',
	},
];

export class DubTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Dub Trigger',
		name: 'dubTrigger',
		icon: { light: 'file:../../icons/dub.svg', dark: 'file:../../icons/dub.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when Dub sends an event: link clicks, leads, sales, partner and payout events',
		defaults: { name: 'Dub Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'dubApi',
				required: true,
				displayOptions: { show: { registration: ['automatic'] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName: 'Registration',
				name: 'registration',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Automatic',
						value: 'automatic',
						description:
							'The node creates the webhook in Dub when the workflow is activated and deletes it when the workflow is deactivated (needs an API key with the webhooks.write scope)',
					},
					{
						name: 'Manual',
						value: 'manual',
						description: "You create the webhook in Dub's dashboard and paste its signing secret here",
					},
				],
				default: 'automatic',
			},
			{
				displayName:
					"In Dub, open Settings → Webhooks, create a webhook with this node's Production URL and the same events, then copy its signing secret below",
				name: 'manualNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { registration: ['manual'] } },
			},
			{
				displayName: 'Signing Secret',
				name: 'signingSecret',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
				placeholder: 'whsec_...',
				description: "The webhook's secret from Dub's dashboard, including the whsec_ prefix",
				displayOptions: { show: { registration: ['manual'] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Dub events that start the workflow; other events are acknowledged and ignored',
				options: eventOptions,
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (isManual(this)) return true;
				const staticData = this.getWorkflowStaticData('node');
				const id = staticData.webhookId as string | undefined;
				if (!id) return false;
				const found = await dubApi<DubWebhook>(this, 'GET', `/webhooks/${encodeURIComponent(id)}`, { tolerate: [404] });
				if (!found.ok) {
					forgetWebhook(staticData);
					return false;
				}
				const webhook = found.body;
				if (!matchesConfiguration(webhook, webhookUrl(this), selectedEvents(this))) {
					// Out of date (edited or disabled in Dub, or the events changed): replaced by `create`.
					await deleteWebhook(this, id);
					forgetWebhook(staticData);
					return false;
				}
				if (webhook.secret && webhook.secret !== staticData.webhookSecret) staticData.webhookSecret = webhook.secret;
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				if (isManual(this)) return true;
				const url = webhookUrl(this);
				const body = registrationBody(this, url);
				const created = await dubApi<DubWebhook>(this, 'POST', '/webhooks', { body, tolerate: [409] });
				let webhook: DubWebhook;
				if (created.ok) {
					webhook = created.body;
				} else {
					// Dub holds one webhook per URL. Ours is left from an activation whose static data was lost:
					// replace it, so exactly one webhook remains and its secret is known.
					const existing = (await dubBody<DubWebhook[]>(this, 'GET', '/webhooks')).find((w) => w.url === url);
					if (!existing?.id) throw created.error;
					await deleteWebhook(this, existing.id);
					webhook = await dubBody<DubWebhook>(this, 'POST', '/webhooks', body);
				}
				if (!webhook?.id || !webhook.secret) {
					throw new NodeOperationError(this.getNode(), 'Dub created the webhook but did not return its ID and secret');
				}
				const staticData = this.getWorkflowStaticData('node');
				staticData.webhookId = webhook.id;
				staticData.webhookSecret = webhook.secret;
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				const id = staticData.webhookId as string | undefined;
				if (id && !isManual(this)) await deleteWebhook(this, id);
				forgetWebhook(staticData);
				forgetDeliveries(staticData);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const staticData = this.getWorkflowStaticData('node');
		const secret = isManual(this)
			? (this.getNodeParameter('signingSecret', '') as string)
			: (staticData.webhookSecret as string | undefined);
		if (!secret) {
			return answer(this, 401, {
				error: 'The Dub Trigger has no signing secret; activate the workflow again or paste the secret',
			});
		}

		// Dub signs the exact bytes it sent, which n8n keeps as the raw body. Re-serializing the parsed body is a last
		// resort: it matches only when Dub's JSON had no extra whitespace.
		const raw = (await rawBodyOf(this.getRequestObject())) ?? Buffer.from(JSON.stringify(this.getBodyData()));
		const check = verifyHmacSignature({
			secret,
			payload: raw,
			signature: headerValue(this.getHeaderData() as IDataObject, 'dub-signature'),
			source: 'Dub-Signature header',
		});
		if (!check.valid) return answer(this, 401, { error: check.reason ?? 'Invalid signature' });

		let envelope: IDataObject;
		try {
			envelope = JSON.parse(raw.toString('utf8')) as IDataObject;
		} catch {
			return answer(this, 400, { error: 'The body is not JSON' });
		}
		if (typeof envelope !== 'object' || envelope === null) return answer(this, 400, { error: 'The body is not an event' });

		const event = envelope.event as string;
		if (!selectedEvents(this).includes(event)) return answer(this, 200, { received: true, ignored: 'event not selected' });
		// Dub retries failed deliveries and signs no timestamp, so the event id is the only guard against replays.
		if (seenBefore(staticData, envelope.id as string)) return answer(this, 200, { received: true, ignored: 'duplicate' });

		// Answered here rather than by n8n after the run starts, so the id remembered above is saved with the
		// static data at once (before the execution starts). When n8n answers, 2.41.1 loses the change: starting
		// the execution wraps the same static data object again, which clears its changed flag, so nothing is saved.
		this.getResponseObject().status(200).json({ received: true });
		return {
			noWebhookResponse: true,
			workflowData: [
				this.helpers.returnJsonArray([
					{ id: envelope.id, event, createdAt: envelope.createdAt, data: envelope.data } as IDataObject,
				]),
			],
		};
	}
}
