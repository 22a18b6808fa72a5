/**
 * The Dub Trigger inside a running n8n: publishing the workflow registers a webhook in (fake) Dub for n8n's
 * production URL, a delivery signed with the secret Dub returned starts an execution (once, even when Dub retries it),
 * a forged one is refused and starts nothing, and unpublishing deletes the webhook again. Publishing again while Dub
 * still holds a webhook for the URL takes it over (Dub answers 409, as the shared registry fake does).
 */
import { createHmac, randomUUID } from 'node:crypto';

import { dubWebhookRegistry } from '../../scripts/sandbox/webhooks';
import type { ContractServer } from '../contract/server';
import { customer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { itemsOf, N8nInstance, PACKAGE_NAME, waitFor, type ExecutionRun } from './helpers';

const credential = { id: 'DubE2eCredentia1', name: 'Dub (contract server)' };
const WORKFLOW_ID = 'DubE2eTrigger001';
const webhookId = randomUUID();

/** Dub's webhook registry, the one fake every suite shares: one webhook per URL, 409 for a second, like Dub. */
const webhooks = dubWebhookRegistry({ newId: (n) => `wh_e2e${n}` });

const leadCreated = {
	id: 'evt_e2e_lead_0001',
	event: 'lead.created',
	createdAt: '2026-11-20T10:00:00.000Z',
	data: {
		eventName: 'Sign up',
		customer: customer(42),
		click: { id: 'clk_e2e_1', country: 'US', timestamp: '2026-11-20T09:59:00.000Z' },
		link: { id: 'link_e2e_1', domain: 'dub.sh', key: 'e2e', shortLink: 'https://dub.sh/e2e' },
		metadata: null,
	},
};

const sign = (secret: string, raw: string) => createHmac('sha256', secret).update(raw, 'utf8').digest('hex');

describe('Dub Trigger in a running n8n', () => {
	let server: ContractServer;
	let n8n: N8nInstance;
	let apiKey: string;
	let productionUrl: string;
	/** The executions the workflow should have, newest first. */
	let known: string[] = [];

	/** Executions of the workflow, newest first, with their data. */
	const executions = async () => {
		const response = await fetch(`${n8n.server!.url}/api/v1/executions?workflowId=${WORKFLOW_ID}&includeData=true`, {
			headers: { 'X-N8N-API-KEY': apiKey },
		});
		expect(response.status).toBe(200);
		return ((await response.json()) as { data: Array<ExecutionRun & { id: string; mode: string; finished: boolean }> }).data;
	};

	const executionIds = async () => (await executions()).map((e) => e.id);

	const deliver = async (body: string, signature: string) =>
		await fetch(productionUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'dub-signature': signature },
			body,
		});

	/** Sends a correctly signed delivery of a new event and waits for the execution it starts; returns its id. */
	const deliverAndWait = async (secret: string, eventId: string) => {
		const before = await executionIds();
		const raw = JSON.stringify({ ...leadCreated, id: eventId });
		expect((await deliver(raw, sign(secret, raw))).status).toBe(200);
		const [started] = await waitFor(
			async () => {
				const list = (await executions()).filter((e) => !before.includes(e.id));
				return list.length && list.every((e) => e.finished) ? list : undefined;
			},
			{ timeoutMs: 30000, what: `the execution started by ${eventId}` },
		);
		expect(itemsOf(started, 'Received')[0]).toMatchObject({ id: eventId });
		return started.id;
	};

	beforeAll(async () => {
		server = await startDubServer();
		webhooks.play(server);
		n8n = await new N8nInstance().install();
		await n8n.importCredentials([{ ...credential, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` } }]);
		await n8n.importWorkflow(WORKFLOW_ID, 'Dub leads (e2e)', [
			{
				name: 'Dub Trigger',
				type: `${PACKAGE_NAME}.dubTrigger`,
				typeVersion: 1,
				webhookId,
				parameters: { registration: 'automatic', events: ['lead.created', 'sale.created'] },
				credentials: { dubApi: credential },
			},
			{ name: 'Received', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} },
		]);
		const { rest, url } = await n8n.start();
		apiKey = await rest.createApiKey('e2e');
		productionUrl = `${url}/webhook/${webhookId}/webhook`;
	}, 180000);
	afterAll(async () => {
		await n8n?.stop();
		n8n?.remove();
		await server?.close();
	});
	afterEach(() => server.expectNoViolations());

	it('publishing the workflow registers one webhook in Dub for n8n’s production URL and the chosen events', async () => {
		expect(await n8n.publish(WORKFLOW_ID)).toEqual({ status: 'published', triggers: ['activated'] });
		const created = server.calls('createWebhook');
		expect(created).toHaveLength(1);
		expect(created[0].body).toMatchObject({ url: productionUrl, triggers: ['lead.created', 'sale.created'] });
		expect(created[0].headers.authorization).toBe(`Bearer ${DUB_API_KEY}`);
		expect([...webhooks.values()].map((w) => w.url)).toEqual([productionUrl]);
	});

	it('a delivery signed with the webhook’s secret is accepted and starts one execution with the event', async () => {
		const [{ secret }] = [...webhooks.values()];
		const raw = JSON.stringify(leadCreated);

		const response = await deliver(raw, sign(secret, raw));

		expect(response.status).toBe(200);
		const [execution] = await waitFor(
			async () => {
				const list = await executions();
				return list.length && list[0].finished ? list : undefined;
			},
			{ timeoutMs: 30000, what: 'the execution started by the delivery' },
		);
		known = [execution.id];
		expect(execution.mode).toBe('webhook');
		expect(execution.status).toBe('success');
		const items = itemsOf(execution, 'Received');
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id: leadCreated.id, event: 'lead.created', data: leadCreated.data });
	});

	it('the same delivery again (Dub retries) is acknowledged and starts nothing', async () => {
		const [{ secret }] = [...webhooks.values()];
		const raw = JSON.stringify(leadCreated);

		const response = await deliver(raw, sign(secret, raw));

		expect(response.status).toBe(200);
		// A known-good delivery after the retry: once it has run, anything the retry started would show too.
		const next = await deliverAndWait(secret, 'evt_e2e_after_retry_1');
		known = [next, ...known];
		expect(await executionIds()).toEqual(known);
	});

	it('a forged delivery gets 401 and starts nothing', async () => {
		const raw = JSON.stringify({ ...leadCreated, id: 'evt_e2e_forged_1' });

		const response = await deliver(raw, sign(`whsec_${'0'.repeat(32)}`, raw));

		expect(response.status).toBe(401);
		// A known-good delivery after the forged one: once it has run, anything the forged one started would show too.
		const [{ secret }] = [...webhooks.values()];
		const next = await deliverAndWait(secret, 'evt_e2e_after_forged_1');
		known = [next, ...known];
		expect(await executionIds()).toEqual(known);
	});

	it('unpublishing the workflow deletes the webhook in Dub, and n8n stops answering on the URL', async () => {
		const [{ id }] = [...webhooks.values()];

		await n8n.unpublish(WORKFLOW_ID);

		await waitFor(async () => server.calls('deleteWebhook').length > 0, { timeoutMs: 30000, what: 'the webhook deletion' });
		expect(server.calls('deleteWebhook').map((r) => r.params.webhookId)).toEqual([id]);
		expect(webhooks.size).toBe(0);
		const raw = JSON.stringify({ ...leadCreated, id: 'evt_e2e_after_1' });
		expect((await deliver(raw, 'irrelevant')).status).toBe(404);
		expect(await executionIds()).toEqual(known);
	});

	it('publishing again while Dub still holds a webhook for the URL (409) replaces it: one webhook remains, and its secret signs', async () => {
		const leftoverSecret = `whsec_${'1'.repeat(32)}`;
		webhooks.webhooks.push({
			id: 'wh_leftover',
			name: 'n8n: Dub leads (e2e)',
			url: productionUrl,
			secret: leftoverSecret,
			triggers: ['lead.created'],
			disabledAt: null,
			installationId: null,
		});
		const seen = server.requests.length;
		expect(await n8n.publish(WORKFLOW_ID)).toEqual({ status: 'published', triggers: ['activated'] });

		// Dub answered 409 to the first POST; the trigger deleted the leftover and registered its own.
		expect(server.requests.slice(seen).map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /webhooks',
			'GET /webhooks',
			'DELETE /webhooks/wh_leftover',
			'POST /webhooks',
		]);
		const ours = webhooks.all().filter((w) => w.url === productionUrl);
		expect(ours).toHaveLength(1);
		expect(ours[0].secret).not.toBe(leftoverSecret);
		const next = await deliverAndWait(ours[0].secret, 'evt_e2e_after_takeover_1');
		known = [next, ...known];
		expect(await executionIds()).toEqual(known);
		const raw = JSON.stringify({ ...leadCreated, id: 'evt_e2e_leftover_secret_1' });
		expect((await deliver(raw, sign(leftoverSecret, raw))).status).toBe(401);
	});
});
