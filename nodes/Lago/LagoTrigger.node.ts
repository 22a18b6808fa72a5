import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type JsonObject,
} from 'n8n-workflow';

import { createHash } from 'crypto';

import { headerValue, verifyHmacSignature, verifyRs256Jwt } from '../shared/signatures';
import {
	acknowledgeOptions,
	deliveryWebhooks,
	webhookTrigger,
	withDeadline,
	type DeliveryAdapter,
	type TriggerContext,
	type Verdict,
	type WebhookRegistry,
} from '../shared/webhookTrigger';
import { lagoClient } from './client';
import { lagoCustomerEvents, lagoEvents } from './events';
import { options } from '../shared/fields';
import { nodeIdentity } from '../shared/operation';

/** A webhook endpoint as Lago's API describes it. */
interface LagoWebhookEndpoint {
	lago_id?: string;
	webhook_url?: string;
	signature_algo?: string;
	name?: string | null;
	/** Null when the endpoint receives every event; absent from Lagos older than event filtering. */
	event_types?: string[] | null;
}

type SignatureAlgo = 'jwt' | 'hmac';

/** Lago refuses an 11th webhook endpoint in an organization (WebhookEndpoint::LIMIT). */
const ENDPOINT_LIMIT = 10;
/**
 * After a JWT fails to verify, the public key is fetched again (Lago may have rotated it), but not more often than
 * this: forged deliveries must not turn into a stream of requests to Lago. Lago retries a failed delivery after
 * about 3 and 18 seconds, so a delivery signed with a new key still gets through. The same interval spaces out
 * attempts while Lago does not answer.
 */
const KEY_REFRESH_INTERVAL_MS = 10_000;
/**
 * How long a delivery waits for Lago's public key. The sender is waiting for the answer: a Lago that does not
 * answer gets the delivery refused (503, so it retries) rather than held for the client's full timeout.
 */
const KEY_FETCH_TIMEOUT_MS = 5_000;
const MAX_LIST_PAGES = 50;
const SIGNATURE_HEADER = 'X-Lago-Signature';
const ALGORITHM_HEADER = 'X-Lago-Signature-Algorithm';
const UNIQUE_KEY_HEADER = 'X-Lago-Unique-Key';

const chosenAlgo = (ctx: TriggerContext): SignatureAlgo => (ctx.getNodeParameter('signatureAlgo', 'jwt') === 'hmac' ? 'hmac' : 'jwt');

/** The event types the node listens to; null for all of them. */
function selectedEventTypes(ctx: TriggerContext): string[] | null {
	const scope = ctx.getNodeParameter('eventScope', 'customer') as string;
	if (scope === 'all') return null;
	if (scope === 'chosen') return ctx.getNodeParameter('events', []) as string[];
	return ctx.getNodeParameter('customerEvents', lagoCustomerEvents) as string[];
}

function sameEventTypes(held: string[] | null | undefined, wanted: string[] | null) {
	// A Lago from before event filtering reports no event types and sends every event; `webhook` drops the rest.
	if (held === undefined) return true;
	if (held === null || wanted === null) return held === wanted;
	const heldSet = new Set(held);
	const wantedSet = new Set(wanted);
	return heldSet.size === wantedSet.size && [...wantedSet].every((type) => heldSet.has(type));
}

async function hmacToken(ctx: TriggerContext) {
	const { hmacSignatureToken } = await ctx.getCredentials<{ hmacSignatureToken?: string }>('lagoApi');
	return typeof hmacSignatureToken === 'string' ? hmacSignatureToken.trim() : '';
}

/**
 * Lago's webhook public key: `{webhook:{public_key}}` holds a PEM, base64-encoded (with line breaks). Kept in static
 * data, not in memory: in queue mode, deliveries are handled by other processes than activation.
 */
async function fetchPublicKey(ctx: TriggerContext, staticData: IDataObject, timeoutMs?: number): Promise<string> {
	staticData.publicKeyFetchedAt = Date.now();
	const request = lagoClient.request<{ webhook?: { public_key?: unknown } }>(ctx, {
		method: 'GET',
		url: '/webhooks/json_public_key',
		...(timeoutMs ? { timeout: timeoutMs } : {}),
	});
	const body = timeoutMs ? await withDeadline(request, timeoutMs, "Fetching Lago's public key") : await request;
	const encoded = body?.webhook?.public_key;
	const pem = typeof encoded === 'string' ? Buffer.from(encoded, 'base64').toString('utf8') : '';
	if (!pem.includes('-----BEGIN')) {
		throw new NodeOperationError(ctx.getNode(), 'Lago did not return a public key to verify webhooks with', {
			description: 'GET /webhooks/json_public_key answered without a base64-encoded PEM key in webhook.public_key.',
		});
	}
	staticData.publicKey = pem;
	return pem;
}

/** Fields of Lago's 422 envelope (`error_details`), from the error a tolerated request came back with. */
function validationDetails(error: Error): Record<string, unknown> {
	const body = (error as { errorResponse?: JsonObject }).errorResponse;
	const details = body?.error_details;
	return details && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
}

function fieldHasCode(details: Record<string, unknown>, field: string, code: string) {
	const codes = details[field];
	return Array.isArray(codes) && codes.includes(code);
}

const lagoRegistry: WebhookRegistry<LagoWebhookEndpoint> = {
	vendor: 'Lago',
	noun: 'webhook endpoint',
	client: lagoClient,
	collectionPath: '/webhook_endpoints',
	itemPath: '/webhook_endpoints/{id}',
	idKey: 'webhookEndpointId',
	registrationKeys: ['signatureAlgo'],
	cacheKeys: ['publicKey', 'publicKeyFetchedAt'],
	memories: ['recentDeliveries', 'recentBodies'],
	one: (body) => (body as { webhook_endpoint?: LagoWebhookEndpoint } | undefined)?.webhook_endpoint,
	idOf: (endpoint) => endpoint.lago_id,
	urlOf: (endpoint) => endpoint.webhook_url,
	wrap: (registration) => ({ webhook_endpoint: registration }),

	async wanted(ctx, url) {
		const algo = chosenAlgo(ctx);
		if (algo === 'hmac' && !(await hmacToken(ctx))) {
			throw new NodeOperationError(ctx.getNode(), 'HMAC signatures need the HMAC Signature Token in the Lago credential', {
				description:
					'Copy the token from Lago (Developers → Webhooks) into the credential, or choose JWT signatures, which need nothing more.',
			});
		}
		const eventTypes = selectedEventTypes(ctx);
		if (eventTypes !== null && eventTypes.length === 0) {
			const field = ctx.getNodeParameter('eventScope', 'customer') === 'chosen' ? 'Event Types' : 'Customer Events';
			throw new NodeOperationError(ctx.getNode(), `${field} must name at least one Lago event to listen to`);
		}
		const workflowName = ctx.getWorkflow().name || ctx.getNode().name;
		return { webhook_url: url, signature_algo: algo, name: `n8n: ${workflowName}`, event_types: eventTypes };
	},

	matches: (endpoint, wanted) =>
		endpoint.webhook_url === wanted.webhook_url &&
		(endpoint.signature_algo ?? 'jwt') === wanted.signature_algo &&
		sameEventTypes(endpoint.event_types, wanted.event_types as string[] | null),

	refusalStatuses: [422],
	isUrlTaken(ctx, error) {
		const details = validationDetails(error);
		if (fieldHasCode(details, 'webhook_url', 'value_already_exist')) return true;
		if (details.base !== undefined) {
			// The only organization-wide (`base`) error on creation is WebhookEndpoint::LIMIT.
			const lagoAnswer = (error as { errorResponse?: JsonObject }).errorResponse ?? {};
			throw new NodeApiError(ctx.getNode(), lagoAnswer, {
				httpCode: '422',
				message: `Lago allows at most ${ENDPOINT_LIMIT} webhook endpoints per organization, and all ${ENDPOINT_LIMIT} are in use`,
				description:
					'Delete the webhook endpoints you no longer use in Lago (Developers → Webhooks), then activate this workflow again.',
			});
		}
		return false;
	},
	async *listPages(ctx) {
		let page = 1;
		for (let fetched = 0; fetched < MAX_LIST_PAGES; fetched++) {
			const body = await lagoClient.request<{ webhook_endpoints?: LagoWebhookEndpoint[]; meta?: { next_page?: number | null } }>(
				ctx,
				{ method: 'GET', url: '/webhook_endpoints', qs: { page, per_page: 100 } },
			);
			yield body.webhook_endpoints ?? [];
			const next = body.meta?.next_page;
			if (typeof next !== 'number' || next <= page) return;
			page = next;
		}
	},
	// Lago keeps an endpoint's signing key per organization: the endpoint is set to the node's configuration.
	takeOver: { update: 'PUT' },

	async remember(ctx, staticData) {
		const algo = chosenAlgo(ctx);
		staticData.signatureAlgo = algo;
		if (algo === 'jwt' && typeof staticData.publicKey !== 'string') await fetchPublicKey(ctx, staticData);
	},
};

/** The public key for a delivery: the cached one, or one fetched within KEY_FETCH_TIMEOUT_MS, not too often. */
async function deliveryKey(ctx: IWebhookFunctions, staticData: IDataObject): Promise<string | Verdict> {
	if (typeof staticData.publicKey === 'string') return staticData.publicKey;
	const sinceLastTry = Date.now() - Number(staticData.publicKeyFetchedAt ?? 0);
	const unavailable = (why: string): Verdict => ({
		valid: false,
		status: 503,
		reason: `Lago's public key to verify the delivery with is not available (${why}); Lago retries the delivery later`,
	});
	if (sinceLastTry < KEY_REFRESH_INTERVAL_MS) return unavailable('the last attempt to fetch it failed moments ago');
	try {
		return await fetchPublicKey(ctx, staticData, KEY_FETCH_TIMEOUT_MS);
	} catch (error) {
		return unavailable((error as Error).message);
	}
}

async function verifyJwtDelivery(ctx: IWebhookFunctions, staticData: IDataObject, token: string, raw: Buffer): Promise<Verdict> {
	const source = `${SIGNATURE_HEADER} header`;
	// A token that is not even an RS256 JWT is refused before any key is fetched for it.
	const shape = verifyRs256Jwt({ token, publicKey: '', source });
	if (!shape.valid && shape.failure !== 'key') return { valid: false, reason: shape.reason ?? 'Invalid signature' };

	const cached = typeof staticData.publicKey === 'string' ? staticData.publicKey : undefined;
	const key = await deliveryKey(ctx, staticData);
	if (typeof key !== 'string') return key;
	let check = verifyRs256Jwt({ token, publicKey: key, source });
	const mayBeRotated = check.failure === 'signature' || check.failure === 'key';
	const refreshDue = Date.now() - Number(staticData.publicKeyFetchedAt ?? 0) >= KEY_REFRESH_INTERVAL_MS;
	if (!check.valid && cached && mayBeRotated && refreshDue) {
		// A failed refresh leaves the verdict as it is: the token does not verify with the key Lago last gave.
		const fresh = await fetchPublicKey(ctx, staticData, KEY_FETCH_TIMEOUT_MS).catch(() => cached);
		if (fresh !== cached) check = verifyRs256Jwt({ token, publicKey: fresh, source });
	}
	if (!check.valid) return { valid: false, reason: check.reason ?? 'Invalid signature' };
	// The JWT signs the payload as a string in its `data` claim; the body Lago posts is that same string.
	if (check.claims?.data !== raw.toString('utf8')) {
		return { valid: false, reason: `The ${SIGNATURE_HEADER} JWT was not issued for this body` };
	}
	return { valid: true };
}

async function verifyHmacDelivery(ctx: IWebhookFunctions, signature: string, raw: Buffer): Promise<Verdict> {
	const secret = await hmacToken(ctx);
	if (!secret) {
		return {
			valid: false,
			reason:
				'This delivery is signed with HMAC, but the Lago credential has no HMAC Signature Token: copy it from Lago (Developers → Webhooks) into the credential',
		};
	}
	const check = verifyHmacSignature({ secret, payload: raw, signature, encoding: 'base64', source: `${SIGNATURE_HEADER} header` });
	return check.valid ? { valid: true } : { valid: false, reason: check.reason ?? 'Invalid signature' };
}

const lagoDeliveries: DeliveryAdapter = {
	async verify(ctx, raw, staticData) {
		const headers = ctx.getHeaderData() as IDataObject;
		// Deliveries are checked with the algorithm the endpoint was registered with, whatever they claim.
		const algo: SignatureAlgo =
			staticData.signatureAlgo === 'hmac' || staticData.signatureAlgo === 'jwt' ? staticData.signatureAlgo : chosenAlgo(ctx);
		const claimed = headerValue(headers, ALGORITHM_HEADER)?.trim().toLowerCase();
		if (!claimed) return { valid: false, reason: `Missing ${ALGORITHM_HEADER} header` };
		if (claimed !== algo) {
			const shown = claimed === 'jwt' || claimed === 'hmac' ? claimed.toUpperCase() : 'an unknown algorithm';
			return {
				valid: false,
				reason: `Wrong signature algorithm: this endpoint is registered with ${algo.toUpperCase()}, the delivery is signed with ${shown}`,
			};
		}
		const signature = headerValue(headers, SIGNATURE_HEADER)?.trim();
		if (!signature) return { valid: false, reason: `Missing ${SIGNATURE_HEADER} header` };
		return algo === 'jwt' ? await verifyJwtDelivery(ctx, staticData, signature, raw) : await verifyHmacDelivery(ctx, signature, raw);
	},
	parse(body) {
		const envelope = body as IDataObject | null;
		if (typeof envelope !== 'object' || envelope === null || typeof envelope.webhook_type !== 'string') {
			return { error: 'The body is not a Lago webhook' };
		}
		return { event: envelope.webhook_type, item: envelope };
	},
	selected(ctx, event) {
		const wanted = selectedEventTypes(ctx);
		return wanted === null || wanted.includes(event);
	},
	deliveryIds: (item, headers) => ({
		// Lago retries a failed delivery with the same unique key.
		recentDeliveries: headers ? headerValue(headers, UNIQUE_KEY_HEADER) : undefined,
		// The unique key is not signed: a captured delivery sent again under a new key is the same signed body (the
		// digest is of the body as parsed, so that it can also be remembered after the run, from the item).
		recentBodies: `sha256:${createHash('sha256').update(JSON.stringify(item)).digest('hex')}`,
	}),
};

const lagoTrigger = webhookTrigger(lagoRegistry, lagoDeliveries);

export class LagoTrigger implements INodeType {
	description: INodeTypeDescription = {
		...nodeIdentity({
			name: 'lagoTrigger',
			displayName: 'Lago Trigger',
			group: 'trigger',
			description: 'Starts the workflow when Lago sends an event: customers, invoices, payments, subscriptions, wallets and more',
		}),
		icon: { light: 'file:../../icons/lago.svg', dark: 'file:../../icons/lago.dark.svg' },
		subtitle:
			'={{ $parameter["eventScope"] === "all" ? "All events" : $parameter["eventScope"] === "chosen" ? ($parameter["events"] || []).join(", ") : "Customer events" }}',
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'lagoApi', required: true }],
		webhooks: deliveryWebhooks,
		properties: [
			{
				displayName:
					'Lago allows 10 webhook endpoints per organization. This trigger registers one while the workflow is active (and one more while it listens for a test event).',
				name: 'limitNotice',
				type: 'notice',
				default: '',
			},
			options('eventScope', 'Listen To', undefined, [
				['All Events', 'all', 'Every event Lago sends, including event types Lago adds later'],
				['Chosen Events', 'chosen', 'Any of the 75 Lago event types: invoices, payments, subscriptions, wallets and more'],
				['Customer Events', 'customer', 'Customers created or updated, synced to providers (or failing to), VIES checks, checkout URLs'],
			], 'customer', undefined, { noDataExpression: true }),
			{
				displayName: 'Event Types',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Lago events that start the workflow',
				options: lagoEvents,
				displayOptions: { show: { eventScope: ['chosen'] } },
			},
			{
				displayName: 'Customer Events',
				name: 'customerEvents',
				type: 'multiOptions',
				required: true,
				default: [...lagoCustomerEvents],
				description: 'The customer events that start the workflow',
				options: lagoEvents.filter((option) => lagoCustomerEvents.includes(option.value)),
				displayOptions: { show: { eventScope: ['customer'] } },
			},
			options('signatureAlgo', 'Signature', 'How Lago signs the deliveries. Every delivery is checked; unsigned or forged ones are refused.', [
				['HMAC (SHA-256)', 'hmac', "Lago signs with your organization's HMAC Signature Token, which must be in the credential"],
				['JWT (RS256)', 'jwt', "Lago signs with its private key; the node checks with Lago's public key"],
			], 'jwt', undefined, { noDataExpression: true }),
			acknowledgeOptions,
		],
	};

	webhookMethods = lagoTrigger.webhookMethods;

	webhook = lagoTrigger.webhook;

	execute = lagoTrigger.execute;
}
