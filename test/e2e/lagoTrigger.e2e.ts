/**
 * The Lago Trigger inside a running n8n. Two workflows are published: one listens to customer events signed with
 * JWT (RS256, checked with the public key the fake Lago serves), one to invoices signed with HMAC (the token is in its
 * credential). Publishing registers one webhook endpoint each in (fake) Lago for n8n's production URLs; signed
 * deliveries start one execution each, carrying the event; a delivery Lago retries with the same X-Lago-Unique-Key,
 * and forged or unsigned ones, start nothing; unpublishing deletes the endpoints.
 */
import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

import { lagoCustomerEvents } from '../../nodes/Lago/events';
import { lagoWebhookEndpointRegistry } from '../../scripts/sandbox/lagoWebhooks';
import type { ContractServer } from '../contract/server';
import { LAGO_API_KEY, lagoCredentials, startLagoServer } from '../lago/lagoServer';
import { itemsOf, N8nInstance, PACKAGE_NAME, waitFor, workflowFile, type WorkflowNode } from './helpers';

const HMAC_TOKEN = 'lago_hmac_e2e_5b6a79881f2e3d4c5b6a7988';
const ORGANIZATION_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
const jwtCredential = { id: 'LagoE2eJwtCred01', name: 'Lago (contract server)' };
const hmacCredential = { id: 'LagoE2eHmacCred1', name: 'Lago with HMAC token (contract server)' };

const CUSTOMER_EVENTS = lagoCustomerEvents;

const jwtFlow = { id: 'LagoE2eTrigJwt01', name: 'Lago customers (e2e)', webhookId: randomUUID() };
const hmacFlow = { id: 'LagoE2eTrigHmac1', name: 'Lago invoices (e2e)', webhookId: randomUUID() };

/** Lago's signing key pair (LAGO_RSA_PRIVATE_KEY), and someone else's. */
const lagoKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const attackerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Lago's webhook endpoints: the one fake every suite shares (scripts/sandbox/lagoWebhooks.js), one per URL, at most 10. */
const endpoints = lagoWebhookEndpointRegistry({
	newId: (n) => `e2e0e2e0-0000-4000-8000-${String(n).padStart(12, '0')}`,
	organizationId: ORGANIZATION_ID,
	now: () => '2026-11-20T10:00:00Z',
});

function playLagoWebhooks(server: ContractServer) {
	endpoints.play(server);
	// Lago serves its PEM public key base64-encoded, with Ruby's line breaks every 60 characters.
	server.on('fetchJsonPublicKey', () => ({
		body: {
			webhook: {
				public_key: `${Buffer.from(lagoKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString())
					.toString('base64')
					.match(/.{1,60}/g)!
					.join('\n')}\n`,
			},
		},
	}));
}

// ---- deliveries, signed the way Lago signs them (app/models/webhook.rb) ----

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function jwtFor(raw: string, privateKey: KeyObject = lagoKeys.privateKey) {
	const input = `${b64url(JSON.stringify({ alg: 'RS256' }))}.${b64url(JSON.stringify({ data: raw, iss: 'https://api.getlago.com' }))}`;
	return `${input}.${b64url(sign('RSA-SHA256', Buffer.from(input), privateKey))}`;
}

const hmacFor = (raw: string, token = HMAC_TOKEN) => createHmac('sha256', token).update(raw, 'utf8').digest('base64');

const customerCreated = {
	webhook_type: 'customer.created',
	object_type: 'customer',
	organization_id: ORGANIZATION_ID,
	customer: { lago_id: '1a901a90-1a90-1a90-1a90-1a901a901a90', external_id: 'cust_42', name: 'Zoë & Co', currency: 'EUR', country: 'FR' },
};
const invoiceCreated = {
	webhook_type: 'invoice.created',
	object_type: 'invoice',
	organization_id: ORGANIZATION_ID,
	invoice: { lago_id: '3c903c90-3c90-3c90-3c90-3c903c903c90', number: 'LAG-1234-001-001', total_amount_cents: 4900, currency: 'EUR' },
};

const trigger = (credential: typeof jwtCredential, webhookId: string, parameters: Record<string, unknown>): WorkflowNode => ({
	name: 'Lago Trigger',
	type: `${PACKAGE_NAME}.lagoTrigger`,
	typeVersion: 1,
	webhookId,
	parameters,
	credentials: { lagoApi: credential },
});
const received: WorkflowNode = { name: 'Received', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} };

describe('Lago Trigger in a running n8n', () => {
	let server: ContractServer;
	let n8n: N8nInstance;
	let urls: { jwt: string; hmac: string };
	const firstExecution: { jwt?: string; hmac?: string } = {};

	const deliver = async (url: string, raw: string, headers: Record<string, string>) =>
		await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });

	const executionIds = async (workflowId: string) => (await n8n.executions(workflowId)).map((e) => e.id);

	/**
	 * A correctly signed delivery of a new event to `url` and the execution it starts in `workflowId`. Sent after
	 * deliveries that must start nothing: once this one has run, anything they started would show too.
	 */
	const goodDelivery = async (workflowId: string, url: string, algo: 'jwt' | 'hmac', raw: string, uniqueKey: string) => {
		const before = await executionIds(workflowId);
		const signature = algo === 'jwt' ? jwtFor(raw) : hmacFor(raw);
		const response = await deliver(url, raw, { 'X-Lago-Signature': signature, 'X-Lago-Signature-Algorithm': algo, 'X-Lago-Unique-Key': uniqueKey });
		expect(response.status).toBe(200);
		const [started] = await waitFor(
			async () => {
				const list = (await n8n.executions(workflowId)).filter((e) => !before.includes(e.id));
				return list.length && list.every((e) => e.finished) ? list : undefined;
			},
			{ timeoutMs: 30000, what: `the execution of ${uniqueKey}` },
		);
		expect(itemsOf(started, 'Received')).toEqual([JSON.parse(raw)]);
		return started.id;
	};

	/** Waits for the workflow's first execution to finish and returns it. */
	const onlyExecution = async (workflowId: string) => {
		const list = await waitFor(
			async () => {
				const executions = await n8n.executions(workflowId);
				return executions.length && executions[0].finished ? executions : undefined;
			},
			{ timeoutMs: 30000, what: `the execution of ${workflowId}` },
		);
		expect(list).toHaveLength(1);
		return list[0];
	};

	beforeAll(async () => {
		server = await startLagoServer();
		playLagoWebhooks(server);
		n8n = await new N8nInstance().install();
		const { lagoApi } = lagoCredentials(server);
		await n8n.importCredentials([
			{ ...jwtCredential, type: 'lagoApi', data: lagoApi },
			{ ...hmacCredential, type: 'lagoApi', data: { ...lagoApi, hmacSignatureToken: HMAC_TOKEN } },
		]);
		await n8n.importWorkflows([
			workflowFile(jwtFlow.id, jwtFlow.name, [trigger(jwtCredential, jwtFlow.webhookId, {}), received]),
			workflowFile(hmacFlow.id, hmacFlow.name, [
				trigger(hmacCredential, hmacFlow.webhookId, { eventScope: 'chosen', events: ['invoice.created'], signatureAlgo: 'hmac' }),
				received,
			]),
		]);
		const { url } = await n8n.start();
		urls = { jwt: `${url}/webhook/${jwtFlow.webhookId}/webhook`, hmac: `${url}/webhook/${hmacFlow.webhookId}/webhook` };
	}, 180000);
	afterAll(async () => {
		await n8n?.stop();
		n8n?.remove();
		await server?.close();
	});
	afterEach(() => server.expectNoViolations());

	it('publishing registers one endpoint per workflow in Lago for n8n’s production URL, its events and signature', async () => {
		expect(await n8n.publish(jwtFlow.id)).toEqual({ status: 'published', triggers: ['activated'] });
		expect(await n8n.publish(hmacFlow.id)).toEqual({ status: 'published', triggers: ['activated'] });

		expect(server.calls('createWebhookEndpoint').map((r) => r.body)).toEqual([
			{
				webhook_endpoint: {
					webhook_url: urls.jwt,
					signature_algo: 'jwt',
					name: `n8n: ${jwtFlow.name}`,
					event_types: CUSTOMER_EVENTS,
				},
			},
			{
				webhook_endpoint: {
					webhook_url: urls.hmac,
					signature_algo: 'hmac',
					name: `n8n: ${hmacFlow.name}`,
					event_types: ['invoice.created'],
				},
			},
		]);
		expect(server.requests.map((r) => r.headers.authorization)).toEqual(
			Array(server.requests.length).fill(`Bearer ${LAGO_API_KEY}`),
		);
		// The JWT trigger fetched Lago's public key while activating; the HMAC one needs none.
		expect(server.calls('fetchJsonPublicKey')).toHaveLength(1);
		expect(endpoints.all().map((e) => e.webhook_url)).toEqual([urls.jwt, urls.hmac]);
	});

	it('a JWT-signed delivery is accepted and starts one execution with the event', async () => {
		const raw = JSON.stringify(customerCreated);

		const response = await deliver(urls.jwt, raw, {
			'X-Lago-Signature': jwtFor(raw),
			'X-Lago-Signature-Algorithm': 'jwt',
			'X-Lago-Unique-Key': 'e2e-delivery-jwt-1',
		});

		expect(response.status).toBe(200);
		const execution = await onlyExecution(jwtFlow.id);
		firstExecution.jwt = execution.id;
		expect({ mode: execution.mode, status: execution.status }).toEqual({ mode: 'webhook', status: 'success' });
		expect(itemsOf(execution, 'Received')).toEqual([customerCreated]);
		expect(await executionIds(hmacFlow.id)).toEqual([]);
	});

	it('an HMAC-signed delivery is accepted and starts one execution with the event', async () => {
		const raw = JSON.stringify(invoiceCreated);

		const response = await deliver(urls.hmac, raw, {
			'X-Lago-Signature': hmacFor(raw),
			'X-Lago-Signature-Algorithm': 'hmac',
			'X-Lago-Unique-Key': 'e2e-delivery-hmac-1',
		});

		expect(response.status).toBe(200);
		const execution = await onlyExecution(hmacFlow.id);
		firstExecution.hmac = execution.id;
		expect({ mode: execution.mode, status: execution.status }).toEqual({ mode: 'webhook', status: 'success' });
		expect(itemsOf(execution, 'Received')).toEqual([invoiceCreated]);
	});

	it('forged, unsigned and repeated deliveries start nothing: 401 for the first two, 200 for Lago’s retry', async () => {
		const raw = JSON.stringify({ ...customerCreated, customer: { ...customerCreated.customer, external_id: 'cust_forged' } });
		const invoice = JSON.stringify({ ...invoiceCreated, invoice: { ...invoiceCreated.invoice, total_amount_cents: 1 } });
		const retried = JSON.stringify(customerCreated);

		const answers = [
			await deliver(urls.jwt, raw, {
				'X-Lago-Signature': jwtFor(raw, attackerKeys.privateKey),
				'X-Lago-Signature-Algorithm': 'jwt',
				'X-Lago-Unique-Key': 'e2e-forged-1',
			}),
			await deliver(urls.jwt, raw, { 'X-Lago-Signature-Algorithm': 'jwt', 'X-Lago-Unique-Key': 'e2e-unsigned-1' }),
			await deliver(urls.hmac, invoice, {
				'X-Lago-Signature': hmacFor(invoice, 'lago_hmac_guessed_token'),
				'X-Lago-Signature-Algorithm': 'hmac',
				'X-Lago-Unique-Key': 'e2e-forged-2',
			}),
			await deliver(urls.jwt, retried, {
				'X-Lago-Signature': jwtFor(retried),
				'X-Lago-Signature-Algorithm': 'jwt',
				'X-Lago-Unique-Key': 'e2e-delivery-jwt-1',
			}),
		];

		expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 200]);
		// Known-good deliveries after the bad ones: once they have run, anything the bad ones started would show too.
		const customerAfter = { ...customerCreated, customer: { ...customerCreated.customer, external_id: 'cust_after_forged' } };
		const invoiceAfter = { ...invoiceCreated, invoice: { ...invoiceCreated.invoice, number: 'LAG-E2E-AFTER' } };
		const nextJwt = await goodDelivery(jwtFlow.id, urls.jwt, 'jwt', JSON.stringify(customerAfter), 'e2e-after-forged-jwt-1');
		const nextHmac = await goodDelivery(hmacFlow.id, urls.hmac, 'hmac', JSON.stringify(invoiceAfter), 'e2e-after-forged-hmac-1');
		expect(await executionIds(jwtFlow.id)).toEqual([nextJwt, firstExecution.jwt]);
		expect(await executionIds(hmacFlow.id)).toEqual([nextHmac, firstExecution.hmac]);
	});

	it('unpublishing deletes both endpoints in Lago, and n8n stops answering on the URLs', async () => {
		const ids = endpoints.all().map((e) => e.lago_id);

		await n8n.unpublish(jwtFlow.id);
		await n8n.unpublish(hmacFlow.id);

		await waitFor(async () => endpoints.size === 0, { timeoutMs: 30000, what: 'both endpoints to be deleted' });
		expect(server.calls('destroyWebhookEndpoint').map((r) => r.params.lago_id).sort()).toEqual(ids.sort());
		const raw = JSON.stringify(customerCreated);
		expect((await deliver(urls.jwt, raw, { 'X-Lago-Signature': jwtFor(raw), 'X-Lago-Signature-Algorithm': 'jwt' })).status).toBe(404);
		expect((await deliver(urls.hmac, raw, { 'X-Lago-Signature': hmacFor(raw), 'X-Lago-Signature-Algorithm': 'hmac' })).status).toBe(404);
	});
});
