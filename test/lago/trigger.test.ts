import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

import { lagoCustomerEvents } from '../../nodes/Lago/events';
import { lagoWebhookEndpointRegistry, type LagoWebhookEndpoint, type LagoWebhookEndpointRegistry } from '../../scripts/sandbox/lagoWebhooks';
import type { ContractServer } from '../contract/server';
import { nodeTypeInstances } from '../engine';
import { TriggerHarness, type Delivery } from '../engine/trigger';
import { LAGO_API_KEY, lagoCredentials, startLagoServer } from './lagoServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startLagoServer();
});
afterAll(async () => await server.close());
afterEach(() => server.expectNoViolations());

const ORGANIZATION_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
const HMAC_TOKEN = 'lago_hmac_1f2e3d4c5b6a79881f2e3d4c5b6a7988';

const CUSTOMER_EVENTS = lagoCustomerEvents;

/** Lago's signing key pair (LAGO_RSA_PRIVATE_KEY); tests may rotate it. */
let lagoKeys: { privateKey: KeyObject; publicKey: KeyObject };
const attackerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const initialLagoKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Lago's webhook endpoints: the one fake every suite shares (scripts/sandbox/lagoWebhooks.js), one per URL, at most 10. */
let registry: LagoWebhookEndpointRegistry;
/** The registry's records, changed in place: tests read them, edit them as Lago's UI would, or add some. */
let endpoints: LagoWebhookEndpoint[];

const uuid = (n: number) => `5a1e5a1e-0000-4000-8000-${String(n).padStart(12, '0')}`;

const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

/** Ruby's Base64.encode64, which Lago uses for the key: a line break after every 60 characters and at the end. */
function rubyEncode64(text: string) {
	return `${Buffer.from(text).toString('base64').match(/.{1,60}/g)!.join('\n')}\n`;
}

function validationError(details: Record<string, string[]>) {
	return { status: 422, body: { status: 422, error: 'Unprocessable Entity', code: 'validation_errors', error_details: details } };
}

/** A fresh registry on the server, numbering its endpoints from uuid(1) again. */
function playRegistry() {
	registry = lagoWebhookEndpointRegistry({ newId: uuid, organizationId: ORGANIZATION_ID, now: () => '2026-08-21T10:00:00Z' }).play(server);
	endpoints = registry.endpoints;
}

beforeEach(() => {
	server.reset();
	playRegistry();
	lagoKeys = initialLagoKeys;
	server.on('fetchJsonPublicKey', () => ({ body: { webhook: { public_key: rubyEncode64(pem(lagoKeys.publicKey)) } } }));
});

const trigger = (
	parameters: Record<string, unknown> = {},
	extra: { workflowName?: string; staticData?: Record<string, unknown>; hmacToken?: string } = {},
) => {
	const credentials = lagoCredentials(server);
	return new TriggerHarness({
		type: 'lagoTrigger',
		parameters,
		credentials: { lagoApi: { ...credentials.lagoApi, hmacSignatureToken: extra.hmacToken ?? '' } },
		workflowName: extra.workflowName,
		staticData: extra.staticData,
	});
};

async function activated(parameters: Record<string, unknown> = {}, extra: { hmacToken?: string } = {}) {
	const harness = trigger(parameters, extra);
	await harness.activate();
	server.requests.length = 0; // keep the registry's handlers, forget the activation's requests
	return harness;
}

/** Runs `body` with Date.now() under the test's control: `at(ms)` sets it to 2026-08-21T10:00:00Z plus `ms`. */
async function withClock(body: (at: (ms: number) => void) => Promise<void>) {
	const now = jest.spyOn(Date, 'now');
	const start = Date.parse('2026-08-21T10:00:00.000Z');
	const at = (ms: number) => {
		now.mockReturnValue(start + ms);
	};
	at(0);
	try {
		await body(at);
	} finally {
		now.mockRestore();
	}
}

const endpointCalls = () => server.requests.map((r) => `${r.method} ${r.path}`);

// ---- deliveries, built the way Lago builds them (app/models/webhook.rb) ----

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function jwtFor(data: string, options: { privateKey?: KeyObject; header?: object } = {}) {
	const input = `${b64url(JSON.stringify(options.header ?? { alg: 'RS256' }))}.${b64url(
		JSON.stringify({ data, iss: 'https://api.getlago.com' }),
	)}`;
	return `${input}.${b64url(sign('RSA-SHA256', Buffer.from(input), options.privateKey ?? lagoKeys.privateKey))}`;
}

const hmacFor = (raw: string, token = HMAC_TOKEN) => createHmac('sha256', token).update(raw, 'utf8').digest('base64');

let deliveryCounter = 0;
const uniqueKey = () => `9d5c1b2a-0000-4000-8000-${String(++deliveryCounter).padStart(12, '0')}`;

function jwtHeaders(raw: string, extra: Record<string, string> = {}) {
	return {
		'X-Lago-Signature': jwtFor(raw),
		'X-Lago-Signature-Algorithm': 'jwt',
		'X-Lago-Unique-Key': uniqueKey(),
		...extra,
	};
}

function hmacHeaders(raw: string, extra: Record<string, string> = {}) {
	return {
		'X-Lago-Signature': hmacFor(raw),
		'X-Lago-Signature-Algorithm': 'hmac',
		'X-Lago-Unique-Key': uniqueKey(),
		...extra,
	};
}

const customerCreated = {
	webhook_type: 'customer.created',
	object_type: 'customer',
	organization_id: ORGANIZATION_ID,
	customer: {
		lago_id: '1a901a90-1a90-1a90-1a90-1a901a901a90',
		external_id: 'cust_42',
		name: 'Zoë & Co',
		email: 'billing@zoe.example',
		currency: 'EUR',
		country: 'FR',
		created_at: '2026-08-21T10:00:00Z',
	},
};

/** Another customer's `customer.created`: a different body, as Lago sends for a different event. */
const customerEvent = (n: number) => ({
	...customerCreated,
	customer: { ...customerCreated.customer, external_id: `cust_${1000 + n}`, lago_id: `1a901a90-1a90-1a90-1a90-${String(n).padStart(12, '0')}` },
});

const invoiceCreated = {
	webhook_type: 'invoice.created',
	object_type: 'invoice',
	organization_id: ORGANIZATION_ID,
	invoice: { lago_id: '3c903c90-3c90-3c90-3c90-3c903c903c90', number: 'LAG-1234-001-001', total_amount_cents: 4900, currency: 'EUR' },
};

const crmError = {
	webhook_type: 'customer.crm_provider_error',
	object_type: 'crm_provider_customer_error',
	organization_id: ORGANIZATION_ID,
	crm_provider_customer_error: { lago_customer_id: '1a901a90-1a90-1a90-1a90-1a901a901a90', external_customer_id: 'cust_42', provider: 'hubspot', error_message: 'Invalid email' },
};

describe('Lago Trigger › endpoint lifecycle', () => {
	it('registers a JWT endpoint for the 11 customer events by default and caches Lago’s public key', async () => {
		const harness = trigger({}, { workflowName: 'Sync new customers to the CRM' });
		expect(await harness.checkExists()).toBe(false);
		expect(server.requests).toHaveLength(0);

		await harness.create();

		const [request] = server.calls('createWebhookEndpoint');
		expect(request.headers.authorization).toBe(`Bearer ${LAGO_API_KEY}`);
		expect(request.path).toBe('/webhook_endpoints');
		expect(request.body).toEqual({
			webhook_endpoint: {
				webhook_url: 'http://localhost:5678/webhook/5f0c2c1e-8d0a-4b7e-9a51-3f1d2c6b7e90/webhook',
				signature_algo: 'jwt',
				name: 'n8n: Sync new customers to the CRM',
				event_types: CUSTOMER_EVENTS,
			},
		});
		expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);
		expect(harness.nodeStaticData).toMatchObject({
			webhookEndpointId: uuid(1),
			signatureAlgo: 'jwt',
			publicKey: pem(lagoKeys.publicKey),
		});
	});

	it('registers chosen event types, or null for all events, and HMAC when asked (without fetching the key)', async () => {
		await trigger({ eventScope: 'chosen', events: ['invoice.created', 'payment.succeeded'], signatureAlgo: 'hmac' }, { hmacToken: HMAC_TOKEN }).activate();
		const chosen = server.calls('createWebhookEndpoint')[0].body.webhook_endpoint;
		expect(chosen).toMatchObject({ signature_algo: 'hmac', event_types: ['invoice.created', 'payment.succeeded'] });
		expect(server.calls('fetchJsonPublicKey')).toHaveLength(0);

		registry.clear();
		server.requests.length = 0;
		await trigger({ eventScope: 'all' }).activate();
		expect(server.calls('createWebhookEndpoint')[0].body.webhook_endpoint).toMatchObject({ signature_algo: 'jwt', event_types: null });

		registry.clear();
		server.requests.length = 0;
		await trigger({ customerEvents: ['customer.created', 'customer.vies_check'] }).activate();
		expect(server.calls('createWebhookEndpoint')[0].body.webhook_endpoint.event_types).toEqual(['customer.created', 'customer.vies_check']);
	});

	it('refuses to register with no event selected, naming the field', async () => {
		await expect(trigger({ eventScope: 'chosen', events: [] }).create()).rejects.toThrow(
			'Event Types must name at least one Lago event to listen to',
		);
		await expect(trigger({ customerEvents: [] }).create()).rejects.toThrow('Customer Events must name at least one Lago event');
		expect(server.requests).toHaveLength(0);
	});

	it('refuses HMAC signatures when the credential has no HMAC Signature Token, before registering anything', async () => {
		const failure = await trigger({ signatureAlgo: 'hmac' }).create().then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);

		expect(failure?.message).toBe('HMAC signatures need the HMAC Signature Token in the Lago credential');
		expect(failure?.description).toContain('Developers → Webhooks');
		expect(server.requests).toHaveLength(0);
	});

	it('finds the registered endpoint on the next activation and creates nothing', async () => {
		const harness = await activated();
		server.on('createWebhookEndpoint', { status: 500 });

		await harness.activate();

		expect(endpointCalls()).toEqual([`GET /webhook_endpoints/${uuid(1)}`]);
		expect(harness.nodeStaticData.webhookEndpointId).toBe(uuid(1));
	});

	it('creates the endpoint again when Lago answers 404 for the stored one', async () => {
		const harness = await activated();
		registry.clear(); // deleted in Lago's UI

		await harness.activate();

		expect(endpointCalls()).toEqual([`GET /webhook_endpoints/${uuid(1)}`, 'POST /webhook_endpoints']);
		expect(endpoints.map((e) => e.lago_id)).toEqual([uuid(2)]);
		expect(harness.nodeStaticData.webhookEndpointId).toBe(uuid(2));
	});

	it('surfaces any other error from Lago while checking, with Lago’s message and without the API key', async () => {
		const harness = await activated();
		server.on('findWebhookEndpoint', { status: 401, body: { status: 401, error: 'Unauthorized' } });

		const failure = await harness.checkExists().then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);

		expect(failure?.message).toBe('Unauthorized');
		expect(failure?.description).toContain('Check the API key');
		expect(JSON.stringify(failure)).not.toContain(LAGO_API_KEY);
		expect(server.calls('createWebhookEndpoint')).toHaveLength(0);
		expect(harness.nodeStaticData.webhookEndpointId).toBe(uuid(1));
	});

	it('replaces the endpoint when the selected events change, leaving exactly one', async () => {
		const harness = await activated();
		harness.setParameters({ eventScope: 'chosen', events: ['invoice.created'] });

		await harness.activate();

		expect(endpointCalls()).toEqual([
			`GET /webhook_endpoints/${uuid(1)}`,
			`DELETE /webhook_endpoints/${uuid(1)}`,
			'POST /webhook_endpoints',
		]);
		expect(endpoints.map((e) => [e.lago_id, e.event_types])).toEqual([[uuid(2), ['invoice.created']]]);
		expect(harness.nodeStaticData.webhookEndpointId).toBe(uuid(2));
	});

	it('replaces the endpoint when the signature algorithm changes, and then expects the new algorithm', async () => {
		const harness = await activated({}, { hmacToken: HMAC_TOKEN });
		harness.setParameters({ signatureAlgo: 'hmac' });

		await harness.activate();

		expect(endpointCalls()).toEqual([
			`GET /webhook_endpoints/${uuid(1)}`,
			`DELETE /webhook_endpoints/${uuid(1)}`,
			'POST /webhook_endpoints',
		]);
		expect(endpoints.map((e) => e.signature_algo)).toEqual(['hmac']);
		expect(harness.nodeStaticData.signatureAlgo).toBe('hmac');
	});

	it('replaces an endpoint whose URL, algorithm or events were edited in Lago', async () => {
		for (const edit of [
			{ webhook_url: 'https://elsewhere.example/hook' },
			{ signature_algo: 'hmac' as const },
			{ event_types: null },
		]) {
			playRegistry();
			const harness = await activated();
			Object.assign(endpoints[0], edit);

			await harness.activate();

			expect(endpointCalls()).toEqual([
				`GET /webhook_endpoints/${uuid(1)}`,
				`DELETE /webhook_endpoints/${uuid(1)}`,
				'POST /webhook_endpoints',
			]);
			expect(endpoints).toEqual([expect.objectContaining({ lago_id: uuid(2), webhook_url: harness.webhookUrl, signature_algo: 'jwt', event_types: CUSTOMER_EVENTS })]);
		}
	});

	it('keeps the endpoint of a Lago that predates event filtering (no event_types in its answer)', async () => {
		const harness = await activated();
		delete endpoints[0].event_types;

		await harness.activate();

		expect(endpointCalls()).toEqual([`GET /webhook_endpoints/${uuid(1)}`]);
	});

	it('deletes the endpoint on deactivation and forgets it, its key and its deliveries', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(await harness.delete()).toBe(true);

		expect(server.calls('destroyWebhookEndpoint').map((r) => r.path)).toEqual([`/webhook_endpoints/${uuid(1)}`]);
		expect(endpoints).toEqual([]);
		expect(harness.nodeStaticData).toEqual({});
	});

	it('deactivates cleanly when the endpoint is already gone in Lago (404)', async () => {
		const harness = await activated();
		registry.clear();

		expect(await harness.delete()).toBe(true);

		expect(server.calls('destroyWebhookEndpoint')).toHaveLength(1);
		expect(harness.nodeStaticData).toEqual({});
	});

	it('surfaces other errors on deactivation and keeps the endpoint id to retry', async () => {
		const harness = await activated();
		server.on('destroyWebhookEndpoint', { status: 405, body: { status: 405, error: 'Method Not Allowed', code: 'not_allowed' } });

		await expect(harness.delete()).rejects.toThrow('Method Not Allowed: not allowed');
		expect(harness.nodeStaticData.webhookEndpointId).toBe(uuid(1));
	});

	it('when Lago’s 10 endpoints are in use, says so and what to do, and registers nothing', async () => {
		for (let n = 1; n <= 10; n++) {
			endpoints.push({
				lago_id: uuid(100 + n),
				lago_organization_id: ORGANIZATION_ID,
				webhook_url: `https://hooks.example.com/${n}`,
				signature_algo: 'jwt',
				name: null,
				event_types: null,
				created_at: '2026-01-01T00:00:00Z',
			});
		}
		const harness = trigger();

		const failure = await harness.activate().then(
			() => undefined,
			(error: Error & { description?: string; httpCode?: string }) => error,
		);

		expect(failure?.message).toBe('Lago allows at most 10 webhook endpoints per organization, and all 10 are in use');
		expect(failure?.description).toBe(
			'Delete the webhook endpoints you no longer use in Lago (Developers → Webhooks), then activate this workflow again.',
		);
		expect(failure?.httpCode).toBe('422');
		expect(endpointCalls()).toEqual(['POST /webhook_endpoints']);
		expect(endpoints).toHaveLength(10);
		expect(harness.nodeStaticData).toEqual({});
	});

	it('takes over an endpoint already registered for its URL (found on a later list page), so exactly one remains', async () => {
		const harness = trigger({ eventScope: 'chosen', events: ['invoice.created'] });
		for (let n = 1; n <= 6; n++) {
			endpoints.push({
				lago_id: uuid(100 + n),
				lago_organization_id: ORGANIZATION_ID,
				webhook_url: `https://hooks.example.com/${n}`,
				signature_algo: 'hmac',
				name: 'Other',
				event_types: null,
				created_at: '2026-01-01T00:00:00Z',
			});
		}
		endpoints.push({
			lago_id: uuid(200),
			lago_organization_id: ORGANIZATION_ID,
			webhook_url: harness.webhookUrl,
			signature_algo: 'hmac',
			name: 'n8n: lost static data',
			event_types: ['customer.created'],
			created_at: '2026-01-01T00:00:00Z',
		});
		registry.maxPerPage = 5;

		await harness.activate();

		expect(endpointCalls()).toEqual([
			'POST /webhook_endpoints',
			'GET /webhook_endpoints',
			'GET /webhook_endpoints',
			`PUT /webhook_endpoints/${uuid(200)}`,
			'GET /webhooks/json_public_key',
		]);
		expect(server.calls('findAllWebhookEndpoints').map((r) => r.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
		]);
		const ours = endpoints.filter((e) => e.webhook_url === harness.webhookUrl);
		expect(ours).toEqual([
			expect.objectContaining({ lago_id: uuid(200), signature_algo: 'jwt', name: 'n8n: Test', event_types: ['invoice.created'] }),
		]);
		expect(endpoints).toHaveLength(7);
		expect(harness.nodeStaticData).toMatchObject({ webhookEndpointId: uuid(200), signatureAlgo: 'jwt' });
	});

	it('surfaces Lago’s refusal when the URL is taken but no listed endpoint has it', async () => {
		const harness = trigger();
		server.on('createWebhookEndpoint', validationError({ webhook_url: ['value_already_exist'] }));

		await expect(harness.create()).rejects.toThrow('Lago refused the data: webhook_url: value already exist');
		expect(server.calls('updateWebhookEndpoint')).toHaveLength(0);
		expect(harness.nodeStaticData).toEqual({});
	});
});

describe('Lago Trigger › JWT deliveries', () => {
	it('emits the envelope as one item when the JWT verifies and its data is the body', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);

		const delivery = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(delivery).toMatchObject({ status: 200, startsExecution: true, body: { received: true } });
		expect(delivery.items).toEqual([customerCreated]);
	});

	it('compares the JWT’s data with the bytes Lago sent, not with a re-serialized body', async () => {
		const harness = await activated();
		// Ruby's to_json escapes & and keeps ë as UTF-8: JSON.stringify(JSON.parse(raw)) would differ from raw.
		const raw = JSON.stringify(customerCreated).replace('&', '\\u0026');

		const delivery = await harness.deliver({ body: raw, headers: jwtHeaders(raw), lazyRawBody: true });

		expect(delivery.status).toBe(200);
		expect(delivery.items).toEqual([customerCreated]);
	});

	it('emits provider error events with their own object type as is', async () => {
		const harness = await activated();
		const raw = JSON.stringify(crmError);

		const delivery = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(delivery.items).toEqual([crmError]);
	});

	it('answers 401 and starts nothing when the body differs from the signed data', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		const tampered = raw.replace('billing@zoe.example', 'eve@attacker.example');

		const delivery = await harness.deliver({ body: tampered, headers: jwtHeaders(raw) });

		expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(delivery.body).toEqual({ error: 'The X-Lago-Signature JWT was not issued for this body' });
	});

	it('answers 401 and starts nothing when the JWT’s claims were altered or it was signed by another key', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		const forgedRaw = raw.replace('cust_42', 'cust_666');
		const [header, , signature] = jwtFor(raw).split('.');
		const altered = `${header}.${b64url(JSON.stringify({ data: forgedRaw, iss: 'https://api.getlago.com' }))}.${signature}`;
		const otherKey = jwtFor(forgedRaw, { privateKey: attackerKeys.privateKey });

		const first = await harness.deliver({ body: forgedRaw, headers: jwtHeaders(forgedRaw, { 'X-Lago-Signature': altered }) });
		const second = await harness.deliver({ body: forgedRaw, headers: jwtHeaders(forgedRaw, { 'X-Lago-Signature': otherKey }) });

		for (const delivery of [first, second]) {
			expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [], body: { error: 'Invalid X-Lago-Signature header' } });
		}
	});

	it('answers 401 to unsigned deliveries: no signature, no algorithm header, or a signature that is not a JWT', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);

		const noSignature = await harness.deliver({ body: raw, headers: { 'X-Lago-Signature-Algorithm': 'jwt', 'X-Lago-Unique-Key': uniqueKey() } });
		const noAlgorithm = await harness.deliver({ body: raw, headers: { 'X-Lago-Signature': jwtFor(raw), 'X-Lago-Unique-Key': uniqueKey() } });
		const garbage = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Signature': 'definitely-not-a-jwt' }) });
		const nothing = await harness.deliver({ body: raw });

		expect(noSignature).toMatchObject({ status: 401, startsExecution: false, body: { error: 'Missing X-Lago-Signature header' } });
		expect(noAlgorithm).toMatchObject({ status: 401, startsExecution: false, body: { error: 'Missing X-Lago-Signature-Algorithm header' } });
		expect(garbage).toMatchObject({ status: 401, startsExecution: false, body: { error: 'X-Lago-Signature header is not a JWT' } });
		expect(nothing).toMatchObject({ status: 401, startsExecution: false, items: [] });
	});

	it('answers 401 to algorithm confusion: alg none, and HS256 keyed with Lago’s public key text', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		const claims = b64url(JSON.stringify({ data: raw, iss: 'https://api.getlago.com' }));
		const none = `${b64url('{"alg":"none","typ":"JWT"}')}.${claims}.`;
		const hsInput = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${claims}`;
		const publicKeyText = Buffer.from(rubyEncode64(pem(lagoKeys.publicKey)), 'base64').toString('utf8');
		const hs256 = `${hsInput}.${createHmac('sha256', publicKeyText).update(hsInput).digest('base64url')}`;

		const withNone = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Signature': none }) });
		const withHs256 = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Signature': hs256 }) });

		expect(withNone).toMatchObject({
			status: 401,
			startsExecution: false,
			body: { error: 'X-Lago-Signature header is signed with "none"; only RS256 is accepted' },
		});
		expect(withHs256).toMatchObject({
			status: 401,
			startsExecution: false,
			body: { error: 'X-Lago-Signature header is signed with "HS256"; only RS256 is accepted' },
		});
	});

	it('answers 401 to an HMAC-signed delivery on a JWT endpoint, even with a valid HMAC', async () => {
		const harness = await activated({}, { hmacToken: HMAC_TOKEN });
		const raw = JSON.stringify(customerCreated);

		const delivery = await harness.deliver({ body: raw, headers: hmacHeaders(raw) });

		expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(delivery.body).toEqual({
			error: 'Wrong signature algorithm: this endpoint is registered with JWT, the delivery is signed with HMAC',
		});
	});

	it('fetches the public key once: at activation, for every later delivery and process', async () => {
		const harness = trigger();
		await harness.activate();
		for (let i = 0; i < 3; i++) {
			const raw = JSON.stringify(customerEvent(i));
			expect((await harness.deliver({ body: raw, headers: jwtHeaders(raw) })).startsExecution).toBe(true);
		}
		// Another n8n process (queue mode) starts from the static data saved in the database.
		const otherProcess = trigger({}, { staticData: harness.savedStaticData });
		const raw = JSON.stringify(customerEvent(3));
		expect((await otherProcess.deliver({ body: raw, headers: jwtHeaders(raw) })).startsExecution).toBe(true);

		expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);
	});

	it('fetches the key on the first delivery when none is cached, then keeps it', async () => {
		const harness = await activated();
		const staticData = harness.savedStaticData[`node:Trigger Under Test`] as Record<string, unknown>;
		delete staticData.publicKey;
		delete staticData.publicKeyFetchedAt;
		server.requests.length = 0;
		const raw = JSON.stringify(customerCreated);

		await harness.deliver({ body: raw, headers: jwtHeaders(raw) });
		await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);
		expect(harness.nodeStaticData.publicKey).toBe(pem(lagoKeys.publicKey));
	});

	it('fetches the key again once when Lago rotated it, and not for every forged delivery', async () => {
		await withClock(async (at) => {
			const harness = await activated();
			lagoKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
			const raw = JSON.stringify(customerCreated);

			at(60_000);
			const rotated = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });
			expect(rotated).toMatchObject({ status: 200, startsExecution: true, items: [customerCreated] });
			expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);
			expect(harness.nodeStaticData.publicKey).toBe(pem(lagoKeys.publicKey));

			const forged = () =>
				harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Signature': jwtFor(raw, { privateKey: attackerKeys.privateKey }) }) });
			at(61_000);
			expect((await forged()).status).toBe(401);
			at(65_000);
			expect((await forged()).status).toBe(401);
			expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);

			at(75_000);
			expect((await forged()).status).toBe(401);
			expect(server.calls('fetchJsonPublicKey')).toHaveLength(2);
		});
	});
});

describe('Lago Trigger › HMAC deliveries', () => {
	const hmacTrigger = () => activated({ signatureAlgo: 'hmac' }, { hmacToken: HMAC_TOKEN });

	it('emits the envelope when the signature is Base64(HMAC-SHA256(token, raw body))', async () => {
		const harness = await hmacTrigger();
		const raw = JSON.stringify(customerCreated).replace('&', '\\u0026');

		const delivery = await harness.deliver({ body: raw, headers: hmacHeaders(raw) });

		expect(delivery).toMatchObject({ status: 200, startsExecution: true, items: [customerCreated] });
		expect(server.calls('fetchJsonPublicKey')).toHaveLength(0);
	});

	it('answers 401 to a tampered body, another token, a hex digest or a missing signature', async () => {
		const harness = await hmacTrigger();
		const raw = JSON.stringify(customerCreated);
		const hex = createHmac('sha256', HMAC_TOKEN).update(raw).digest('hex');

		const deliveries = [
			await harness.deliver({ body: raw.replace('cust_42', 'cust_666'), headers: hmacHeaders(raw) }),
			await harness.deliver({ body: raw, headers: hmacHeaders(raw, { 'X-Lago-Signature': hmacFor(raw, 'lago_hmac_guess') }) }),
			await harness.deliver({ body: raw, headers: hmacHeaders(raw, { 'X-Lago-Signature': hex }) }),
		];
		const missing = await harness.deliver({ body: raw, headers: { 'X-Lago-Signature-Algorithm': 'hmac' } });

		for (const delivery of deliveries) {
			expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [], body: { error: 'Invalid X-Lago-Signature header' } });
		}
		expect(missing).toMatchObject({ status: 401, startsExecution: false, body: { error: 'Missing X-Lago-Signature header' } });
	});

	it('answers 401 to a JWT-signed delivery on an HMAC endpoint, even with a valid JWT', async () => {
		const harness = await hmacTrigger();
		const raw = JSON.stringify(customerCreated);

		const delivery = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(delivery.body).toEqual({
			error: 'Wrong signature algorithm: this endpoint is registered with HMAC, the delivery is signed with JWT',
		});
		expect(server.calls('fetchJsonPublicKey')).toHaveLength(0);
	});

	it('answers 401 with a message when the credential lost its HMAC Signature Token', async () => {
		const registered = await hmacTrigger();
		const harness = trigger({ signatureAlgo: 'hmac' }, { staticData: registered.savedStaticData });
		const raw = JSON.stringify(customerCreated);

		const delivery = await harness.deliver({ body: raw, headers: hmacHeaders(raw) });

		expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(delivery.body).toEqual({
			error:
				'This delivery is signed with HMAC, but the Lago credential has no HMAC Signature Token: copy it from Lago (Developers → Webhooks) into the credential',
		});
	});
});

describe('Lago Trigger › event selection and replays', () => {
	it('drops a repeated X-Lago-Unique-Key with a 200, and still runs for new keys', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		const key = uniqueKey();

		const first = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Unique-Key': key }) });
		const retry = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Unique-Key': key }) });
		const nextRaw = JSON.stringify(customerEvent(2));
		const next = await harness.deliver({ body: nextRaw, headers: jwtHeaders(nextRaw) });

		expect(first).toMatchObject({ status: 200, startsExecution: true });
		expect(retry).toMatchObject({ status: 200, startsExecution: false, items: [], body: { received: true, ignored: 'duplicate' } });
		expect(next.startsExecution).toBe(true);
	});

	it('runs a delivery once when Lago sends it again before n8n has saved the first (two at once)', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		const headers = jwtHeaders(raw, { 'X-Lago-Unique-Key': uniqueKey() });

		// Both load the saved static data before either is saved, as n8n does for deliveries handled at once.
		const both = await Promise.all([harness.deliver({ body: raw, headers }), harness.deliver({ body: raw, headers })]);

		expect(both.map((d) => d.startsExecution).sort()).toEqual([false, true]);
		expect(both.find((d) => !d.startsExecution)?.body).toEqual({ received: true, ignored: 'duplicate' });
	});

	it('does not let a forged delivery burn a unique key', async () => {
		const harness = await activated();
		const raw = JSON.stringify(customerCreated);
		const key = uniqueKey();

		const forged = await harness.deliver({
			body: raw,
			headers: jwtHeaders(raw, { 'X-Lago-Unique-Key': key, 'X-Lago-Signature': jwtFor(raw, { privateKey: attackerKeys.privateKey }) }),
		});
		const genuine = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Unique-Key': key }) });

		expect(forged.status).toBe(401);
		expect(genuine).toMatchObject({ status: 200, startsExecution: true });
	});

	it('acknowledges events that are not selected with a 200 and starts nothing', async () => {
		const harness = await activated();
		const raw = JSON.stringify(invoiceCreated);

		const delivery = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(delivery).toMatchObject({ status: 200, startsExecution: false, items: [], body: { received: true, ignored: 'event not selected' } });
	});

	it('with Chosen Events, runs for those only; with All Events, for every event', async () => {
		const chosen = await activated({ eventScope: 'chosen', events: ['invoice.created'] });
		const invoiceRaw = JSON.stringify(invoiceCreated);
		const customerRaw = JSON.stringify(customerCreated);
		expect((await chosen.deliver({ body: invoiceRaw, headers: jwtHeaders(invoiceRaw) })).items).toEqual([invoiceCreated]);
		expect((await chosen.deliver({ body: customerRaw, headers: jwtHeaders(customerRaw) })).startsExecution).toBe(false);

		registry.clear();
		const all = await activated({ eventScope: 'all' });
		expect((await all.deliver({ body: invoiceRaw, headers: jwtHeaders(invoiceRaw) })).items).toEqual([invoiceCreated]);
		expect((await all.deliver({ body: customerRaw, headers: jwtHeaders(customerRaw) })).items).toEqual([customerCreated]);
	});

	it('with a narrowed customer list, drops the other customer events', async () => {
		const harness = await activated({ customerEvents: ['customer.created'] });
		const raw = JSON.stringify(crmError);

		expect((await harness.deliver({ body: raw, headers: jwtHeaders(raw) })).startsExecution).toBe(false);
	});
});

describe('Lago Trigger › event list', () => {
	const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/specs', name), 'utf8');

	const offered = (name: string) =>
		(nodeTypeInstances.lagoTrigger.description.properties.find((p) => p.name === name)?.options ?? []).map(
			(option) => (option as { value: string }).value,
		);

	it('offers exactly the 75 event types Lago accepts, and the 11 customer events as the default group', () => {
		const accepted = Object.values(load(fixture('lago-webhook-event-types.yml')) as Record<string, { name: string }>).map((e) => e.name);

		expect(accepted).toHaveLength(75);
		expect([...offered('events')].sort()).toEqual([...accepted].sort());
		expect(offered('customerEvents')).toEqual(CUSTOMER_EVENTS);
		expect(accepted.filter((type) => type.startsWith('customer.')).sort()).toEqual(CUSTOMER_EVENTS);
	});

	it('covers every payload the OpenAPI document describes, except its two outdated names', () => {
		const document = load(fixture('lago-openapi.yaml')) as { webhooks: Record<string, any> };
		const documented = Object.values(document.webhooks).map(
			(hook) => hook.post.requestBody.content['application/json'].schema.properties.webhook_type.enum[0] as string,
		);

		expect(documented).toHaveLength(61);
		// Lago sends `credit_note.provider_refund_failure` (the document says `credit_note.refund_failure`) and no longer
		// has `invoice.add_on_added`: its event_types validation refuses both.
		expect(documented.filter((type) => !offered('events').includes(type)).sort()).toEqual([
			'credit_note.refund_failure',
			'invoice.add_on_added',
		]);
	});
});

describe('Lago Trigger › when Lago’s public key cannot be fetched', () => {
	const forgedHeaders = (raw: string) => jwtHeaders(raw, { 'X-Lago-Signature': jwtFor(raw, { privateKey: attackerKeys.privateKey }) });

	/** A registered JWT endpoint whose saved static data holds no public key (another process, a lost key). */
	async function withoutKey() {
		const harness = await activated();
		const staticData = harness.savedStaticData['node:Trigger Under Test'] as Record<string, unknown>;
		delete staticData.publicKey;
		delete staticData.publicKeyFetchedAt;
		return harness;
	}

	/** A delivery and how long the node took to answer it, in milliseconds. */
	async function timed(sending: Promise<Delivery>) {
		const started = Date.now();
		const delivery = await sending;
		return { delivery, waited: Date.now() - started };
	}

	/** Makes GET /webhooks/json_public_key hang until `release()` is called. */
	function hangingKey() {
		let release: () => void = () => undefined;
		const answered = new Promise<void>((resolve) => {
			release = resolve;
		});
		server.on('fetchJsonPublicKey', async () => {
			await answered;
			return { status: 503, body: { status: 503, error: 'Service Unavailable' } };
		});
		return release;
	}

	it('answers 503 to a forged JWT while Lago’s key endpoint fails, then runs the genuine delivery once', async () => {
		await withClock(async (at) => {
			const harness = await withoutKey();
			server.on('fetchJsonPublicKey', { status: 500, body: { status: 500, error: 'Internal Server Error' } });
			const raw = JSON.stringify(customerCreated);

			const forged = await harness.deliver({ body: raw, headers: forgedHeaders(raw) });
			const again = await harness.deliver({ body: raw, headers: forgedHeaders(raw) });

			expect(forged).toMatchObject({ status: 503, startsExecution: false, items: [] });
			expect((forged.body as { error: string }).error).toContain("Lago's public key to verify the delivery with is not available");
			expect(again).toMatchObject({ status: 503, startsExecution: false });
			// Failed attempts are spaced out too: the second forged delivery did not ask Lago again.
			expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);

			server.on('fetchJsonPublicKey', () => ({ body: { webhook: { public_key: rubyEncode64(pem(lagoKeys.publicKey)) } } }));
			at(11_000);
			const genuine = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });
			const retried = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

			expect(genuine).toMatchObject({ status: 200, startsExecution: true, items: [customerCreated] });
			expect(retried.startsExecution).toBe(false);
		});
	});

	it('answers 401, not a failed execution, to a token that is not a JWT, without asking Lago for the key', async () => {
		const harness = await withoutKey();
		server.on('fetchJsonPublicKey', { status: 500, body: { status: 500, error: 'Internal Server Error' } });
		const raw = JSON.stringify(customerCreated);

		const garbage = await harness.deliver({ body: raw, headers: jwtHeaders(raw, { 'X-Lago-Signature': 'a.b' }) });

		expect(garbage).toMatchObject({ status: 401, startsExecution: false, body: { error: 'X-Lago-Signature header is not a JWT' } });
		expect(server.calls('fetchJsonPublicKey')).toHaveLength(0);
	});

	it('answers 503 within the key-fetch time limit when Lago’s key endpoint hangs', async () => {
		const harness = await withoutKey();
		const release = hangingKey();
		const raw = JSON.stringify(customerCreated);
		try {
			const { delivery, waited } = await timed(harness.deliver({ body: raw, headers: forgedHeaders(raw) }));

			expect(delivery).toMatchObject({ status: 503, startsExecution: false, items: [] });
			expect(waited).toBeLessThan(9_000);
		} finally {
			release();
		}
	});

	it('answers 401 to a forged JWT when re-fetching a rotated key hangs, then runs the genuine delivery once', async () => {
		const harness = await activated();
		const staticData = harness.savedStaticData['node:Trigger Under Test'] as Record<string, unknown>;
		staticData.publicKeyFetchedAt = Date.now() - 60_000; // a refresh is due
		const release = hangingKey();
		const raw = JSON.stringify(customerCreated);
		try {
			const { delivery, waited } = await timed(harness.deliver({ body: raw, headers: forgedHeaders(raw) }));

			expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [], body: { error: 'Invalid X-Lago-Signature header' } });
			expect(waited).toBeLessThan(9_000);
		} finally {
			release();
		}
		const genuine = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });
		const retried = await harness.deliver({ body: raw, headers: jwtHeaders(raw) });

		expect(genuine).toMatchObject({ status: 200, startsExecution: true, items: [customerCreated] });
		expect(retried.startsExecution).toBe(false);
	});
});

describe('Lago Trigger › a captured delivery sent again under a new unique key', () => {
	it.each([
		['JWT', {}, jwtHeaders],
		['HMAC', { signatureAlgo: 'hmac' }, hmacHeaders],
	] as const)('with %s signatures, runs once: the signed body is remembered, not only the unsigned key', async (_algo, parameters, headers) => {
		const harness = await activated(parameters, { hmacToken: HMAC_TOKEN });
		const raw = JSON.stringify(customerCreated);
		const captured = headers(raw);

		const genuine = await harness.deliver({ body: raw, headers: captured });
		const replayed = await harness.deliver({ body: raw, headers: { ...captured, 'X-Lago-Unique-Key': uniqueKey() } });
		const otherRaw = JSON.stringify(customerEvent(7));
		const other = await harness.deliver({ body: otherRaw, headers: headers(otherRaw) });

		expect(genuine).toMatchObject({ status: 200, startsExecution: true });
		expect(replayed).toMatchObject({ status: 200, startsExecution: false, items: [], body: { received: true, ignored: 'duplicate' } });
		expect(other.items).toEqual([customerEvent(7)]);
	});

	it('remembers a bounded number of bodies', async () => {
		const harness = await activated({ signatureAlgo: 'hmac' }, { hmacToken: HMAC_TOKEN });
		for (let n = 0; n < 505; n++) {
			const raw = JSON.stringify(customerEvent(n));
			await harness.deliver({ body: raw, headers: hmacHeaders(raw) });
		}

		expect(harness.nodeStaticData.recentBodies).toHaveLength(500);
		expect(harness.nodeStaticData.recentDeliveries).toHaveLength(500);
		// The oldest body was forgotten, so that very old delivery would run again.
		const oldest = JSON.stringify(customerEvent(0));
		expect((await harness.deliver({ body: oldest, headers: hmacHeaders(oldest) })).startsExecution).toBe(true);
	});
});

describe('Lago Trigger › Acknowledge: After the Run', () => {
	it.each([
		['JWT', {}, jwtHeaders],
		['HMAC', { signatureAlgo: 'hmac' }, hmacHeaders],
	] as const)('with %s: a redelivery runs until a run has ended; then retries and replays under new keys are dropped', async (_algo, parameters, headers) => {
		const harness = await activated({ ...parameters, options: { acknowledge: 'afterRun' } }, { hmacToken: HMAC_TOKEN });
		const raw = JSON.stringify(customerCreated);
		const captured = headers(raw);

		const lost = await harness.deliver({ body: raw, headers: captured });
		const retried = await harness.deliver({ body: raw, headers: captured });
		await harness.run(retried);
		const retriedAgain = await harness.deliver({ body: raw, headers: captured });
		const replayed = await harness.deliver({ body: raw, headers: { ...captured, 'X-Lago-Unique-Key': uniqueKey() } });

		expect(harness.responseMode()).toBe('lastNode');
		expect(lost).toMatchObject({ answeredByNode: false, startsExecution: true });
		expect(retried).toMatchObject({ answeredByNode: false, startsExecution: true, items: [customerCreated] });
		for (const dropped of [retriedAgain, replayed]) {
			expect(dropped).toMatchObject({ status: 200, startsExecution: false, body: { received: true, ignored: 'duplicate' } });
		}
	});
});
