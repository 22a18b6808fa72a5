import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type IHttpRequestMethods,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
	type JsonObject,
} from 'n8n-workflow';

import { forgetDeliveries, seenBefore } from '../shared/dedupe';
import { serviceRequestTolerating, type ToleratedResult } from '../shared/request';
import {
	headerValue,
	rawBodyOf,
	verifyHmacSignature,
	verifyRs256Jwt,
	type SignatureCheck,
} from '../shared/signatures';
import { lagoBaseUrl, type LagoCredentialData } from './baseUrl';
import { lagoService } from './client';

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
type LagoContext = IHookFunctions | IWebhookFunctions;

/** Lago refuses an 11th webhook endpoint in an organization (WebhookEndpoint::LIMIT). */
const ENDPOINT_LIMIT = 10;
/**
 * After a JWT fails to verify, the public key is fetched again (Lago may have rotated it), but not more often than
 * this: forged deliveries must not turn into a stream of requests to Lago. Lago retries a failed delivery after
 * about 3 and 18 seconds, so a delivery signed with a new key still gets through.
 */
const KEY_REFRESH_INTERVAL_MS = 10_000;
const MAX_LIST_PAGES = 50;
const SIGNATURE_HEADER = 'X-Lago-Signature';
const ALGORITHM_HEADER = 'X-Lago-Signature-Algorithm';
const UNIQUE_KEY_HEADER = 'X-Lago-Unique-Key';

/** One request to Lago's API; failures with a `tolerate`d status come back instead of being thrown. */
async function lagoApi<T>(
	ctx: LagoContext,
	method: IHttpRequestMethods,
	url: string,
	options: { body?: IDataObject; qs?: IDataObject; tolerate?: number[] } = {},
): Promise<ToleratedResult<T>> {
	const credentials = await ctx.getCredentials<LagoCredentialData & { apiKey: string }>('lagoApi');
	return await serviceRequestTolerating<T>(
		ctx,
		lagoService,
		'lagoApi',
		{
			method,
			baseURL: lagoBaseUrl(credentials),
			url,
			body: options.body,
			qs: options.qs,
			headers: { Accept: 'application/json' },
		},
		options.tolerate ?? [],
	);
}

/** The answer's body; failures are thrown as Lago's own error. */
async function lagoBody<T>(
	ctx: LagoContext,
	method: IHttpRequestMethods,
	url: string,
	options: { body?: IDataObject; qs?: IDataObject } = {},
): Promise<T> {
	const result = await lagoApi<T>(ctx, method, url, options);
	if (!result.ok) throw result.error;
	return result.body;
}

const endpointPath = (id: string) => `/webhook_endpoints/${encodeURIComponent(id)}`;

/** Deletes an endpoint in Lago; one that is already gone counts as deleted. */
async function deleteEndpoint(ctx: IHookFunctions, id: string) {
	await lagoApi(ctx, 'DELETE', endpointPath(id), { tolerate: [404] });
}

/** The endpoint registered for `url`, looked up page by page (Lago keeps one per URL and organization). */
async function findEndpointByUrl(ctx: IHookFunctions, url: string): Promise<LagoWebhookEndpoint | undefined> {
	let page = 1;
	for (let fetched = 0; fetched < MAX_LIST_PAGES; fetched++) {
		const body = await lagoBody<{ webhook_endpoints?: LagoWebhookEndpoint[]; meta?: { next_page?: number | null } }>(
			ctx,
			'GET',
			'/webhook_endpoints',
			{ qs: { page, per_page: 100 } },
		);
		const found = (body.webhook_endpoints ?? []).find((endpoint) => endpoint.webhook_url === url);
		if (found) return found;
		const next = body.meta?.next_page;
		if (typeof next !== 'number' || next <= page) return undefined;
		page = next;
	}
	return undefined;
}

function webhookUrl(ctx: IHookFunctions) {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not provide a webhook URL for this node');
	return url;
}

function chosenAlgo(ctx: LagoContext): SignatureAlgo {
	return ctx.getNodeParameter('signatureAlgo', 'jwt') === 'hmac' ? 'hmac' : 'jwt';
}

/** The event types the node listens to; null for all of them. */
function selectedEventTypes(ctx: LagoContext): string[] | null {
	const scope = ctx.getNodeParameter('eventScope', 'customer') as string;
	if (scope === 'all') return null;
	if (scope === 'chosen') return ctx.getNodeParameter('events', []) as string[];
	return ctx.getNodeParameter('customerEvents', CUSTOMER_EVENTS) as string[];
}

function registrationBody(ctx: IHookFunctions, url: string, algo: SignatureAlgo): IDataObject {
	const eventTypes = selectedEventTypes(ctx);
	if (eventTypes !== null && eventTypes.length === 0) {
		const field = ctx.getNodeParameter('eventScope', 'customer') === 'chosen' ? 'Event Types' : 'Customer Events';
		throw new NodeOperationError(ctx.getNode(), `${field} must name at least one Lago event to listen to`);
	}
	const workflowName = ctx.getWorkflow().name || ctx.getNode().name;
	return {
		webhook_endpoint: { webhook_url: url, signature_algo: algo, name: `n8n: ${workflowName}`, event_types: eventTypes },
	};
}

function sameEventTypes(held: string[] | null | undefined, wanted: string[] | null) {
	// A Lago from before event filtering reports no event types and sends every event; `webhook` drops the rest.
	if (held === undefined) return true;
	if (held === null || wanted === null) return held === wanted;
	const heldSet = new Set(held);
	const wantedSet = new Set(wanted);
	return heldSet.size === wantedSet.size && [...wantedSet].every((type) => heldSet.has(type));
}

/** Whether the endpoint Lago holds still sends the selected events, signed as chosen, to this node's URL. */
function matchesConfiguration(endpoint: LagoWebhookEndpoint, url: string, algo: SignatureAlgo, eventTypes: string[] | null) {
	return (
		endpoint.webhook_url === url &&
		(endpoint.signature_algo ?? 'jwt') === algo &&
		sameEventTypes(endpoint.event_types, eventTypes)
	);
}

function forgetEndpoint(staticData: IDataObject) {
	delete staticData.webhookEndpointId;
	delete staticData.signatureAlgo;
}

async function hmacToken(ctx: LagoContext) {
	const { hmacSignatureToken } = await ctx.getCredentials<{ hmacSignatureToken?: string }>('lagoApi');
	return typeof hmacSignatureToken === 'string' ? hmacSignatureToken.trim() : '';
}

/** Lago's webhook public key: `{webhook:{public_key}}` holds a PEM, base64-encoded (with line breaks). */
async function fetchPublicKey(ctx: LagoContext, staticData: IDataObject): Promise<string> {
	const body = await lagoBody<{ webhook?: { public_key?: unknown } }>(ctx, 'GET', '/webhooks/json_public_key');
	const encoded = body?.webhook?.public_key;
	const pem = typeof encoded === 'string' ? Buffer.from(encoded, 'base64').toString('utf8') : '';
	if (!pem.includes('-----BEGIN')) {
		throw new NodeOperationError(ctx.getNode(), 'Lago did not return a public key to verify webhooks with', {
			description: 'GET /webhooks/json_public_key answered without a base64-encoded PEM key in webhook.public_key.',
		});
	}
	// Kept in static data, not in memory: in queue mode, deliveries are handled by other processes than activation.
	staticData.publicKey = pem;
	staticData.publicKeyFetchedAt = Date.now();
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

async function verifyJwtDelivery(
	ctx: IWebhookFunctions,
	staticData: IDataObject,
	token: string,
	raw: Buffer,
): Promise<SignatureCheck> {
	const source = `${SIGNATURE_HEADER} header`;
	const cached = typeof staticData.publicKey === 'string' ? staticData.publicKey : undefined;
	const publicKey = cached ?? (await fetchPublicKey(ctx, staticData));
	let check = verifyRs256Jwt({ token, publicKey, source });
	const mayBeRotated = check.failure === 'signature' || check.failure === 'key';
	const refreshDue = Date.now() - Number(staticData.publicKeyFetchedAt ?? 0) >= KEY_REFRESH_INTERVAL_MS;
	if (!check.valid && cached && mayBeRotated && refreshDue) {
		const fresh = await fetchPublicKey(ctx, staticData);
		if (fresh !== cached) check = verifyRs256Jwt({ token, publicKey: fresh, source });
	}
	if (!check.valid) return check;
	// The JWT signs the payload as a string in its `data` claim; the body Lago posts is that same string.
	if (check.claims?.data !== raw.toString('utf8')) {
		return { valid: false, reason: `The ${SIGNATURE_HEADER} JWT was not issued for this body` };
	}
	return { valid: true };
}

async function verifyHmacDelivery(ctx: IWebhookFunctions, signature: string, raw: Buffer): Promise<SignatureCheck> {
	const secret = await hmacToken(ctx);
	if (!secret) {
		return {
			valid: false,
			reason:
				'This delivery is signed with HMAC, but the Lago credential has no HMAC Signature Token: copy it from Lago (Developers → Webhooks) into the credential',
		};
	}
	return verifyHmacSignature({
		secret,
		payload: raw,
		signature,
		encoding: 'base64',
		source: `${SIGNATURE_HEADER} header`,
	});
}

/** Answers the delivery without starting the workflow. */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

const CUSTOMER_EVENTS = [
	'customer.accounting_provider_created',
	'customer.accounting_provider_error',
	'customer.checkout_url_generated',
	'customer.created',
	'customer.crm_provider_created',
	'customer.crm_provider_error',
	'customer.payment_provider_created',
	'customer.payment_provider_error',
	'customer.tax_provider_error',
	'customer.updated',
	'customer.vies_check',
];

/** Every event type Lago accepts in `event_types` (config/webhook_event_types.yml in getlago/lago-api). */
const eventOptions = [
	{ name: 'Alert Triggered', value: 'alert.triggered', description: 'One or more thresholds defined in the alert were crossed' },
	{ name: 'Billable Metric Created', value: 'billable_metric.created', description: 'A new billable metric has been created' },
	{ name: 'Billable Metric Deleted', value: 'billable_metric.deleted', description: 'A billable metric has been deleted' },
	{ name: 'Billable Metric Updated', value: 'billable_metric.updated', description: 'A billable metric has been updated' },
	{ name: 'Credit Note Created', value: 'credit_note.created', description: 'A new credit note has been created' },
	{ name: 'Credit Note Generated', value: 'credit_note.generated', description: 'A new credit note PDF has been generated' },
	{ name: 'Credit Note Provider Refund Failure', value: 'credit_note.provider_refund_failure', description: 'The refund of a credit note has failed on a payment provider' },
	{ name: 'Customer Accounting Provider Created', value: 'customer.accounting_provider_created', description: 'A customer was created on an accounting integration' },
	{ name: 'Customer Accounting Provider Error', value: 'customer.accounting_provider_error', description: 'An error was encountered while syncing a customer to an accounting provider' },
	{ name: 'Customer Checkout URL Generated', value: 'customer.checkout_url_generated', description: 'A checkout URL was generated for a customer' },
	{ name: 'Customer Created', value: 'customer.created', description: 'A new customer has been created' },
	{ name: 'Customer CRM Provider Created', value: 'customer.crm_provider_created', description: 'A customer has been created in the CRM provider' },
	{ name: 'Customer CRM Provider Error', value: 'customer.crm_provider_error', description: 'An error was encountered while syncing a customer to a CRM provider' },
	{ name: 'Customer Payment Provider Created', value: 'customer.payment_provider_created', description: 'A customer has been created on a payment provider' },
	{ name: 'Customer Payment Provider Error', value: 'customer.payment_provider_error', description: 'An error was encountered while syncing a customer to a payment provider' },
	{ name: 'Customer Tax Provider Error', value: 'customer.tax_provider_error', description: 'An error was encountered while fetching taxes for a customer on a tax provider' },
	{ name: 'Customer Updated', value: 'customer.updated', description: 'A customer has been updated' },
	{ name: 'Customer VIES Check', value: 'customer.vies_check', description: 'VIES VAT number has been checked for a customer' },
	{ name: 'Dunning Campaign Finished', value: 'dunning_campaign.finished', description: 'The dunning campaign has been completed for a customer' },
	{ name: 'Event Error (Deprecated)', value: 'event.error', description: 'An error has been detected on an event (deprecated: use Events Errors)' },
	{ name: 'Events Errors', value: 'events.errors', description: 'Errors were encountered while post-processing some events' },
	{ name: 'Feature Created', value: 'feature.created', description: 'A new feature has been created' },
	{ name: 'Feature Deleted', value: 'feature.deleted', description: 'A feature has been deleted' },
	{ name: 'Feature Updated', value: 'feature.updated', description: 'A feature has been updated' },
	{ name: 'Fee Created', value: 'fee.created', description: 'A pay-in-advance fee has been created' },
	{ name: 'Fee Tax Provider Error', value: 'fee.tax_provider_error', description: 'An error was encountered while fetching taxes for a fee on a tax provider' },
	{ name: 'Integration Provider Error', value: 'integration.provider_error', description: 'An error was encountered while processing data on an integration' },
	{ name: 'Invoice Created', value: 'invoice.created', description: 'A new invoice has been emitted' },
	{ name: 'Invoice Deleted', value: 'invoice.deleted', description: 'A draft invoice has been deleted' },
	{ name: 'Invoice Drafted', value: 'invoice.drafted', description: 'A new draft invoice has been emitted' },
	{ name: 'Invoice Generated', value: 'invoice.generated', description: 'A new invoice PDF has been generated' },
	{ name: 'Invoice One-Off Created', value: 'invoice.one_off_created', description: 'A new one-off invoice has been emitted' },
	{ name: 'Invoice Paid Credit Added', value: 'invoice.paid_credit_added', description: 'A new prepaid credit invoice has been emitted' },
	{ name: 'Invoice Payment Dispute Lost', value: 'invoice.payment_dispute_lost', description: 'A payment dispute has been lost for an invoice payment' },
	{ name: 'Invoice Payment Failure', value: 'invoice.payment_failure', description: 'A payment attempt for an invoice has failed on a payment provider' },
	{ name: 'Invoice Payment Overdue', value: 'invoice.payment_overdue', description: 'An invoice payment is overdue' },
	{ name: 'Invoice Payment Status Updated', value: 'invoice.payment_status_updated', description: 'The payment status of an invoice has been updated' },
	{ name: 'Invoice Ready To Finalize', value: 'invoice.ready_to_finalize', description: 'A draft invoice is ready to be finalized (taxes are resolved)' },
	{ name: 'Invoice Resynced', value: 'invoice.resynced', description: 'An invoice has been resynced with Salesforce' },
	{ name: 'Invoice Voided', value: 'invoice.voided', description: 'An invoice has been voided' },
	{ name: 'Order Created', value: 'order.created', description: 'An order has been created from a signed order form' },
	{ name: 'Order Executed', value: 'order.executed', description: 'An order has been executed' },
	{ name: 'Order Form Created', value: 'order_form.created', description: 'An order form has been generated from an approved quote' },
	{ name: 'Order Form Expired', value: 'order_form.expired', description: 'An order form has expired' },
	{ name: 'Order Form Signed', value: 'order_form.signed', description: 'An order form has been marked as signed' },
	{ name: 'Order Form Voided', value: 'order_form.voided', description: 'An order form has been voided' },
	{ name: 'Payment Provider Error', value: 'payment_provider.error', description: 'An error was raised by a payment provider' },
	{ name: 'Payment Receipt Created', value: 'payment_receipt.created', description: 'A new payment receipt has been created' },
	{ name: 'Payment Receipt Generated', value: 'payment_receipt.generated', description: 'A new payment receipt PDF has been generated' },
	{ name: 'Payment Request Created', value: 'payment_request.created', description: 'A new payment request has been created' },
	{ name: 'Payment Request Payment Failure', value: 'payment_request.payment_failure', description: 'A payment attempt for a payment request has failed on a payment provider' },
	{ name: 'Payment Request Payment Status Updated', value: 'payment_request.payment_status_updated', description: 'The payment status of a payment request has been updated' },
	{ name: 'Payment Requires Action', value: 'payment.requires_action', description: 'An action is required to process a payment' },
	{ name: 'Payment Succeeded', value: 'payment.succeeded', description: 'A payment has been successfully processed by the payment provider' },
	{ name: 'Plan Created', value: 'plan.created', description: 'A new plan has been created' },
	{ name: 'Plan Deleted', value: 'plan.deleted', description: 'A plan has been deleted' },
	{ name: 'Plan Updated', value: 'plan.updated', description: 'A plan has been updated' },
	{ name: 'Quote Approved', value: 'quote.approved', description: 'A quote has been approved' },
	{ name: 'Quote Created', value: 'quote.created', description: 'A new quote has been created' },
	{ name: 'Quote Voided', value: 'quote.voided', description: 'A quote has been voided' },
	{ name: 'Subscription Canceled', value: 'subscription.canceled', description: 'A subscription has been canceled' },
	{ name: 'Subscription Incomplete', value: 'subscription.incomplete', description: 'A subscription is awaiting activation rule resolution before becoming active' },
	{ name: 'Subscription Started', value: 'subscription.started', description: 'A subscription has started' },
	{ name: 'Subscription Terminated', value: 'subscription.terminated', description: 'A subscription has been terminated' },
	{ name: 'Subscription Termination Alert', value: 'subscription.termination_alert', description: 'A subscription will be terminated in the future' },
	{ name: 'Subscription Trial Ended', value: 'subscription.trial_ended', description: 'A subscription trial period has ended' },
	{ name: 'Subscription Updated', value: 'subscription.updated', description: 'A subscription has been updated' },
	{ name: 'Subscription Usage Threshold Reached', value: 'subscription.usage_threshold_reached', description: 'A usage threshold has been reached by a subscription' },
	{ name: 'Wallet Created', value: 'wallet.created', description: 'A new wallet has been created' },
	{ name: 'Wallet Depleted Ongoing Balance', value: 'wallet.depleted_ongoing_balance', description: 'The balance of a wallet has been depleted' },
	{ name: 'Wallet Terminated', value: 'wallet.terminated', description: 'A wallet has been terminated' },
	{ name: 'Wallet Transaction Created', value: 'wallet_transaction.created', description: 'A new wallet transaction has been created' },
	{ name: 'Wallet Transaction Payment Failure', value: 'wallet_transaction.payment_failure', description: 'A payment attempt for a wallet transaction has failed on a payment provider' },
	{ name: 'Wallet Transaction Updated', value: 'wallet_transaction.updated', description: 'A wallet transaction has been updated' },
	{ name: 'Wallet Updated', value: 'wallet.updated', description: 'A wallet has been updated' },
];

export class LagoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Lago Trigger',
		name: 'lagoTrigger',
		icon: { light: 'file:../../icons/lago.svg', dark: 'file:../../icons/lago.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["eventScope"] === "all" ? "All events" : $parameter["eventScope"] === "chosen" ? ($parameter["events"] || []).join(", ") : "Customer events" }}',
		description: 'Starts the workflow when Lago sends an event: customers, invoices, payments, subscriptions, wallets and more',
		defaults: { name: 'Lago Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'lagoApi', required: true }],
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
				displayName:
					'Lago allows 10 webhook endpoints per organization. This trigger registers one while the workflow is active (and one more while it listens for a test event).',
				name: 'limitNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Listen To',
				name: 'eventScope',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'All Events',
						value: 'all',
						description: 'Every event Lago sends, including event types Lago adds later',
					},
					{
						name: 'Chosen Events',
						value: 'chosen',
						description: 'Any of the 75 Lago event types: invoices, payments, subscriptions, wallets and more',
					},
					{
						name: 'Customer Events',
						value: 'customer',
						description: 'Customers created or updated, synced to providers (or failing to), VIES checks, checkout URLs',
					},
				],
				default: 'customer',
			},
			{
				displayName: 'Event Types',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Lago events that start the workflow',
				options: eventOptions,
				displayOptions: { show: { eventScope: ['chosen'] } },
			},
			{
				displayName: 'Customer Events',
				name: 'customerEvents',
				type: 'multiOptions',
				required: true,
				default: [...CUSTOMER_EVENTS],
				description: 'The customer events that start the workflow',
				options: eventOptions.filter((option) => CUSTOMER_EVENTS.includes(option.value)),
				displayOptions: { show: { eventScope: ['customer'] } },
			},
			{
				displayName: 'Signature',
				name: 'signatureAlgo',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'HMAC (SHA-256)',
						value: 'hmac',
						description:
							"Lago signs with your organization's HMAC Signature Token, which must be in the credential",
					},
					{
						name: 'JWT (RS256)',
						value: 'jwt',
						description: "Lago signs with its private key; the node checks with Lago's public key",
					},
				],
				default: 'jwt',
				description: 'How Lago signs the deliveries. Every delivery is checked; unsigned or forged ones are refused.',
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				const id = staticData.webhookEndpointId as string | undefined;
				if (!id) return false;
				const found = await lagoApi<{ webhook_endpoint?: LagoWebhookEndpoint }>(this, 'GET', endpointPath(id), {
					tolerate: [404],
				});
				if (!found.ok) {
					forgetEndpoint(staticData);
					return false;
				}
				const algo = chosenAlgo(this);
				if (!matchesConfiguration(found.body.webhook_endpoint ?? {}, webhookUrl(this), algo, selectedEventTypes(this))) {
					// Out of date (edited in Lago, or the node's URL, signature or events changed): replaced by `create`.
					await deleteEndpoint(this, id);
					forgetEndpoint(staticData);
					return false;
				}
				staticData.signatureAlgo = algo;
				if (algo === 'jwt' && typeof staticData.publicKey !== 'string') await fetchPublicKey(this, staticData);
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const url = webhookUrl(this);
				const algo = chosenAlgo(this);
				if (algo === 'hmac' && !(await hmacToken(this))) {
					throw new NodeOperationError(this.getNode(), 'HMAC signatures need the HMAC Signature Token in the Lago credential', {
						description:
							'Copy the token from Lago (Developers → Webhooks) into the credential, or choose JWT signatures, which need nothing more.',
					});
				}
				const body = registrationBody(this, url, algo);
				const created = await lagoApi<{ webhook_endpoint?: LagoWebhookEndpoint }>(this, 'POST', '/webhook_endpoints', {
					body,
					tolerate: [422],
				});
				let endpoint: LagoWebhookEndpoint | undefined;
				if (created.ok) {
					endpoint = created.body.webhook_endpoint;
				} else {
					const details = validationDetails(created.error);
					if (fieldHasCode(details, 'webhook_url', 'value_already_exist')) {
						// Lago holds one endpoint per URL: ours, left from an activation whose static data was lost. It is
						// taken over and set to the node's configuration, so exactly one remains.
						const existing = await findEndpointByUrl(this, url);
						if (!existing?.lago_id) throw created.error;
						endpoint = (
							await lagoBody<{ webhook_endpoint?: LagoWebhookEndpoint }>(this, 'PUT', endpointPath(existing.lago_id), {
								body,
							})
						).webhook_endpoint;
					} else if (details.base !== undefined) {
						// The only organization-wide (`base`) error on creation is WebhookEndpoint::LIMIT.
						const lagoAnswer = (created.error as { errorResponse?: JsonObject }).errorResponse ?? {};
						throw new NodeApiError(this.getNode(), lagoAnswer, {
							httpCode: '422',
							message: `Lago allows at most ${ENDPOINT_LIMIT} webhook endpoints per organization, and all ${ENDPOINT_LIMIT} are in use`,
							description:
								'Delete the webhook endpoints you no longer use in Lago (Developers → Webhooks), then activate this workflow again.',
						});
					} else {
						throw created.error;
					}
				}
				if (!endpoint?.lago_id) {
					throw new NodeOperationError(this.getNode(), 'Lago registered the webhook endpoint but did not return its lago_id');
				}
				const staticData = this.getWorkflowStaticData('node');
				staticData.webhookEndpointId = endpoint.lago_id;
				staticData.signatureAlgo = algo;
				if (algo === 'jwt' && typeof staticData.publicKey !== 'string') await fetchPublicKey(this, staticData);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				const id = staticData.webhookEndpointId as string | undefined;
				if (id) await deleteEndpoint(this, id);
				forgetEndpoint(staticData);
				forgetDeliveries(staticData);
				delete staticData.publicKey;
				delete staticData.publicKeyFetchedAt;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const staticData = this.getWorkflowStaticData('node');
		const headers = this.getHeaderData() as IDataObject;
		// Deliveries are checked with the algorithm the endpoint was registered with, whatever they claim.
		const algo: SignatureAlgo = staticData.signatureAlgo === 'hmac' || staticData.signatureAlgo === 'jwt'
			? staticData.signatureAlgo
			: chosenAlgo(this);
		const claimed = headerValue(headers, ALGORITHM_HEADER)?.trim().toLowerCase();
		if (!claimed) return answer(this, 401, { error: `Missing ${ALGORITHM_HEADER} header` });
		if (claimed !== algo) {
			const shown = claimed === 'jwt' || claimed === 'hmac' ? claimed.toUpperCase() : 'an unknown algorithm';
			return answer(this, 401, {
				error: `Wrong signature algorithm: this endpoint is registered with ${algo.toUpperCase()}, the delivery is signed with ${shown}`,
			});
		}
		const signature = headerValue(headers, SIGNATURE_HEADER)?.trim();
		if (!signature) return answer(this, 401, { error: `Missing ${SIGNATURE_HEADER} header` });

		// Lago signs the exact bytes it sent, which n8n keeps as the raw body. Re-serializing the parsed body is a last
		// resort: it matches only when Lago's JSON escaped nothing differently.
		const raw = (await rawBodyOf(this.getRequestObject())) ?? Buffer.from(JSON.stringify(this.getBodyData()));
		const check =
			algo === 'jwt'
				? await verifyJwtDelivery(this, staticData, signature, raw)
				: await verifyHmacDelivery(this, signature, raw);
		if (!check.valid) return answer(this, 401, { error: check.reason ?? 'Invalid signature' });

		let envelope: IDataObject;
		try {
			envelope = JSON.parse(raw.toString('utf8')) as IDataObject;
		} catch {
			return answer(this, 400, { error: 'The body is not JSON' });
		}
		if (typeof envelope !== 'object' || envelope === null || typeof envelope.webhook_type !== 'string') {
			return answer(this, 400, { error: 'The body is not a Lago webhook' });
		}

		const wanted = selectedEventTypes(this);
		if (wanted !== null && !wanted.includes(envelope.webhook_type)) {
			return answer(this, 200, { received: true, ignored: 'event not selected' });
		}
		// Lago retries a failed delivery with the same unique key.
		if (seenBefore(staticData, headerValue(headers, UNIQUE_KEY_HEADER))) {
			return answer(this, 200, { received: true, ignored: 'duplicate' });
		}

		// Answered here rather than by n8n after the run starts, so the key remembered above is saved with the
		// static data at once (before the execution starts). When n8n answers, 2.41.1 loses the change: starting
		// the execution wraps the same static data object again, which clears its changed flag, so nothing is saved.
		this.getResponseObject().status(200).json({ received: true });
		return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([envelope])] };
	}
}
