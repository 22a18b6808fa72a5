/**
 * The Dub Trigger and the Lago Trigger in queue mode. Workflows are published through main, which registers the
 * webhooks in (fake) Dub and Lago; deliveries go to the webhook processor, which never ran the registration: it
 * verifies them with what main saved in PostgreSQL and puts the executions on the queue; the worker runs them.
 * Faults: forged deliveries, duplicates (also after the webhook processor restarts), a worker killed in a burst.
 */
import { randomUUID } from 'node:crypto';

import type { ContractServer } from '../contract/server';
import { customer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { itemsOf, PACKAGE_NAME, waitFor } from '../e2e/helpers';
import { LAGO_API_KEY, startLagoServer } from '../lago/lagoServer';
import { QueueInstance, type Execution } from './cluster';
import {
	attackerKeys,
	deliverToDub,
	deliverToLago,
	dubSignature,
	LAGO_ORGANIZATION_ID,
	playDubWebhooks,
	playLagoWebhookEndpoints,
	type DubWebhookRegistry,
	type LagoWebhookEndpointRegistry,
} from './vendors';
import { dubCredential, dubTriggerNode, getCustomerNode, leadCreated, pause, storedExecutions as stored } from './workflows';

const lagoCredential = { id: 'LagoQueueCreden1', name: 'Lago (contract server)' };

const DUB_WORKFLOW = 'DubQueueTrigger1';
const LAGO_WORKFLOW = 'LagoQueueTrigger';
const BURST_WORKFLOW = 'DubQueueBurst001';
const dubWebhookId = randomUUID();
const lagoWebhookId = randomUUID();
const burstWebhookId = randomUUID();

let dub: ContractServer;
let lago: ContractServer;
let dubWebhooks: DubWebhookRegistry;
let lagoEndpoints: LagoWebhookEndpointRegistry;
let n8n: QueueInstance;

const customerCreated = (externalId: string) => ({
	webhook_type: 'customer.created',
	object_type: 'customer',
	organization_id: LAGO_ORGANIZATION_ID,
	customer: { lago_id: '1a901a90-1a90-1a90-1a90-1a901a901a90', external_id: externalId, name: 'Zoë & Co', currency: 'EUR', country: 'FR' },
});

const productionUrl = (webhookId: string) => `${n8n.webhookUrl}/webhook/${webhookId}/webhook`;

const storedExecutions = async (workflowId: string, deliveryPattern: string) => await stored(n8n, workflowId, deliveryPattern);

beforeAll(async () => {
	[dub, lago] = await Promise.all([startDubServer(), startLagoServer()]);
	dubWebhooks = playDubWebhooks(dub);
	lagoEndpoints = playLagoWebhookEndpoints(lago);
	dub.on('getCustomer', ({ params }) => ({ body: { ...customer(Number(params.id.slice(4))), name: `Customer ${params.id} in detail` } }));

	n8n = await (await new QueueInstance().install()).startServers();
	await n8n.importCredentials([
		{ ...dubCredential, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${dub.url}/` } },
		{
			...lagoCredential,
			type: 'lagoApi',
			data: { apiKey: LAGO_API_KEY, region: 'custom', customUrl: `${lago.url.replace(/\/api\/v1$/, '')}/`, hmacSignatureToken: '' },
		},
	]);
	await n8n.importWorkflow(DUB_WORKFLOW, 'Dub leads (queue)', [dubTriggerNode(dubWebhookId), getCustomerNode('Get Customer')]);
	await n8n.importWorkflow(LAGO_WORKFLOW, 'Lago customers (queue)', [
		{
			name: 'Lago Trigger',
			type: `${PACKAGE_NAME}.lagoTrigger`,
			typeVersion: 1,
			webhookId: lagoWebhookId,
			parameters: { eventScope: 'customer', signatureAlgo: 'jwt' },
			credentials: { lagoApi: lagoCredential },
		},
		{ name: 'Received', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} },
	]);
	await n8n.importWorkflow(BURST_WORKFLOW, 'Dub lead burst (queue)', [dubTriggerNode(burstWebhookId), getCustomerNode('Get Customer')]);
	await n8n.start();
}, 300000);
afterAll(async () => {
	await n8n?.stop();
	n8n?.remove();
	await Promise.all([dub?.close(), lago?.close()]);
});
afterEach(() => {
	dub.expectNoViolations();
	lago.expectNoViolations();
});

describe('Dub Trigger in queue mode', () => {
	let firstExecution: Execution;
	/** The workflow's executions so far, newest first. */
	let known: string[] = [];

	/**
	 * A correctly signed delivery of a new event and the execution it starts. Sent after a delivery that must start
	 * nothing: once this one has run, anything the bad one started would show too.
	 */
	const goodDelivery = async (eventId: string) => {
		const [{ secret }] = [...dubWebhooks.values()];
		const before = (await n8n.executions(DUB_WORKFLOW)).map((e) => e.id);
		const raw = JSON.stringify(leadCreated(eventId, 7));
		expect((await deliverToDub(productionUrl(dubWebhookId), raw, dubSignature(secret, raw))).status).toBe(200);
		const [started] = await waitFor(async () => {
			const list = (await n8n.executions(DUB_WORKFLOW)).filter((e) => !before.includes(e.id));
			return list.length && list.every((e) => e.finished) ? list : undefined;
		}, { timeoutMs: 30000, what: `the execution of ${eventId}` });
		expect(itemsOf(started, 'Dub Trigger')[0]).toMatchObject({ id: eventId });
		return started.id;
	};

	it('publishing on main registers the webhook processor’s URL in Dub and keeps the secret in the database', async () => {
		const status = await n8n.activate(DUB_WORKFLOW);

		expect({ status: status.status, triggers: status.triggers.map((t) => t.status) }).toEqual({ status: 'published', triggers: ['activated'] });
		const created = dub.calls('createWebhook');
		expect(created).toHaveLength(1);
		expect(created[0].body).toMatchObject({ url: productionUrl(dubWebhookId), triggers: ['lead.created', 'sale.created'] });
		const [webhook] = [...dubWebhooks.values()];
		expect((await n8n.storedStaticData(DUB_WORKFLOW))['node:Dub Trigger']).toEqual({ webhookId: webhook.id, webhookSecret: webhook.secret });
	});

	it('a signed delivery is verified by the webhook processor and executed by the worker, which calls Dub', async () => {
		const [{ secret }] = [...dubWebhooks.values()];
		const raw = JSON.stringify(leadCreated('evt_queue_0001', 7));

		const response = await deliverToDub(productionUrl(dubWebhookId), raw, dubSignature(secret, raw));

		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ received: true });
		const [only] = await waitFor(async () => {
			const list = await n8n.executions(DUB_WORKFLOW);
			return list.length && list[0].finished ? list : undefined;
		}, { timeoutMs: 30000, what: 'the execution of the delivery' });
		firstExecution = only;
		known = [only.id];
		expect(only).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(n8n.executionsIn(n8n.webhook, 'enqueued')).toEqual([only.id]);
		expect(n8n.workerThatRan(only.id)).toBe('worker-1');
		expect(itemsOf(only, 'Dub Trigger')).toEqual([{ id: 'evt_queue_0001', event: 'lead.created', createdAt: '2026-11-20T10:00:00.000Z', data: leadCreated('evt_queue_0001', 7).data }]);
		expect(itemsOf(only, 'Get Customer')).toEqual([{ ...customer(7), name: 'Customer cus_000007 in detail' }]);
		expect(dub.calls('getCustomer').map((r) => r.path)).toEqual(['/customers/cus_000007']);
	});

	it('the same delivery again, to a restarted webhook processor, is acknowledged and starts nothing', async () => {
		// The event id is in the database before the delivery is answered: nothing depends on the process's memory.
		const stored = (await n8n.storedStaticData(DUB_WORKFLOW))['node:Dub Trigger'];
		expect(stored.recentDeliveries.map((d: { id: string }) => d.id)).toEqual(['evt_queue_0001']);
		await n8n.webhook.stop();
		await n8n.cluster!.startWebhook();
		const [{ secret }] = [...dubWebhooks.values()];
		const raw = JSON.stringify(leadCreated('evt_queue_0001', 7));

		const response = await deliverToDub(productionUrl(dubWebhookId), raw, dubSignature(secret, raw));

		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ received: true, ignored: 'duplicate' });
		known = [await goodDelivery('evt_queue_0002'), ...known];
		expect((await n8n.executions(DUB_WORKFLOW)).map((e) => e.id)).toEqual(known);
	});

	it('a forged delivery gets 401 from the webhook processor and starts nothing', async () => {
		const raw = JSON.stringify(leadCreated('evt_queue_forged', 8));

		const response = await deliverToDub(productionUrl(dubWebhookId), raw, dubSignature(`whsec_${'0'.repeat(32)}`, raw));

		expect(response.status).toBe(401);
		expect(JSON.stringify(await response.json())).not.toContain([...dubWebhooks.values()][0].secret);
		known = [await goodDelivery('evt_queue_0003'), ...known];
		expect((await n8n.executions(DUB_WORKFLOW)).map((e) => e.id)).toEqual(known);
		expect(n8n.executionsIn(n8n.webhook, 'enqueued').filter((id) => !known.includes(id))).toEqual([]);
	});
});

describe('Lago Trigger in queue mode', () => {
	let uniqueKeys = 0;
	const uniqueKey = () => `9d5c1b2a-0000-4000-8000-${String(++uniqueKeys).padStart(12, '0')}`;
	/** The workflow's executions so far, newest first. */
	let known: string[] = [];

	/**
	 * A correctly signed delivery of a new customer and the execution it starts. Sent after a delivery that must start
	 * nothing: once this one has run, anything the bad one started would show too.
	 */
	const goodDelivery = async (externalId: string) => {
		const before = (await n8n.executions(LAGO_WORKFLOW)).map((e) => e.id);
		const raw = JSON.stringify(customerCreated(externalId));
		expect((await deliverToLago(productionUrl(lagoWebhookId), raw, { uniqueKey: uniqueKey() })).status).toBe(200);
		const [started] = await waitFor(async () => {
			const list = (await n8n.executions(LAGO_WORKFLOW)).filter((e) => !before.includes(e.id));
			return list.length && list.every((e) => e.finished) ? list : undefined;
		}, { timeoutMs: 30000, what: `the execution for ${externalId}` });
		expect(itemsOf(started, 'Received')).toEqual([customerCreated(externalId)]);
		return started.id;
	};

	it('publishing on main registers an endpoint for the webhook processor’s URL; main fetches Lago’s key once into the database', async () => {
		const status = await n8n.activate(LAGO_WORKFLOW);

		expect(status.status).toBe('published');
		expect(lago.calls('createWebhookEndpoint').map((r) => r.body.webhook_endpoint)).toEqual([
			expect.objectContaining({ webhook_url: productionUrl(lagoWebhookId), signature_algo: 'jwt' }),
		]);
		expect(lago.calls('fetchJsonPublicKey')).toHaveLength(1);
		const [endpoint] = [...lagoEndpoints.values()];
		expect((await n8n.storedStaticData(LAGO_WORKFLOW))['node:Lago Trigger']).toMatchObject({
			webhookEndpointId: endpoint.lago_id,
			signatureAlgo: 'jwt',
			publicKey: expect.stringContaining('-----BEGIN PUBLIC KEY-----'),
		});
	});

	it('a JWT-signed delivery is verified by the webhook processor with the stored key and executed by the worker, once', async () => {
		const raw = JSON.stringify(customerCreated('cust_queue_1'));
		const key = uniqueKey();

		const first = await deliverToLago(productionUrl(lagoWebhookId), raw, { uniqueKey: key });
		const again = await deliverToLago(productionUrl(lagoWebhookId), raw, { uniqueKey: key });

		expect([first.status, again.status]).toEqual([200, 200]);
		expect(await again.json()).toEqual({ received: true, ignored: 'duplicate' });
		const [execution] = await waitFor(async () => {
			const list = await n8n.executions(LAGO_WORKFLOW);
			return list.length && list[0].finished ? list : undefined;
		}, { timeoutMs: 30000, what: 'the execution of the Lago delivery' });
		expect(execution).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(itemsOf(execution, 'Received')).toEqual([customerCreated('cust_queue_1')]);
		expect(n8n.workerThatRan(execution.id)).toBe('worker-1');
		// The webhook processor used the key main fetched: Lago was asked once, at publication.
		expect(lago.calls('fetchJsonPublicKey')).toHaveLength(1);
		known = [await goodDelivery('cust_queue_2'), execution.id];
		expect((await n8n.executions(LAGO_WORKFLOW)).map((e) => e.id)).toEqual(known);
	});

	it('a delivery signed with another key gets 401 and starts nothing', async () => {
		const raw = JSON.stringify(customerCreated('cust_queue_forged'));

		const response = await deliverToLago(productionUrl(lagoWebhookId), raw, { uniqueKey: uniqueKey(), privateKey: attackerKeys.privateKey });

		expect(response.status).toBe(401);
		known = [await goodDelivery('cust_queue_3'), ...known];
		expect((await n8n.executions(LAGO_WORKFLOW)).map((e) => e.id)).toEqual(known);
	});
});

describe('a worker stopped in the middle of a burst of 20 deliveries', () => {
	const FINAL = ['success', 'error', 'crashed', 'canceled'];

	beforeAll(async () => {
		// Dub answers slowly, so that the worker has executions under way when it is stopped.
		dub.on('getCustomer', async ({ params }) => {
			await pause(400);
			return { body: customer(Number(params.id.slice(4))) };
		});
		expect((await n8n.activate(BURST_WORKFLOW)).status).toBe('published');
	});

	/**
	 * Sends 20 signed deliveries, `parallel` at a time; once the worker has finished two of them, `stopWorker` stops
	 * it, the rest are sent with no worker running, then a new worker starts. Resolves when every execution the
	 * workflow got since the burst began has ended. Only the burst's deliveries reach the workflow meanwhile.
	 */
	async function burst(
		prefix: string,
		parallel: number,
		stopWorker: (worker: (typeof n8n.workers)[number]) => Promise<unknown>,
	) {
		const webhook = [...dubWebhooks.values()].find((w) => w.url === productionUrl(burstWebhookId))!;
		const deliveries = Array.from({ length: 20 }, (_, i) => {
			const id = `${prefix}_${String(i + 1).padStart(2, '0')}`;
			const raw = JSON.stringify(leadCreated(id, 100 + i));
			return { id, raw, signature: dubSignature(webhook.secret, raw) };
		});
		const deliver = async (batch: typeof deliveries) => {
			const statuses: number[] = [];
			for (let i = 0; i < batch.length; i += parallel) {
				const group = batch.slice(i, i + parallel);
				const responses = await Promise.all(group.map((d) => deliverToDub(productionUrl(burstWebhookId), d.raw, d.signature)));
				statuses.push(...responses.map((r) => r.status));
			}
			return statuses;
		};
		const earlier = new Set((await storedExecutions(BURST_WORKFLOW, 'evt_[a-z]+_[0-9]+')).map((e) => e.id));
		const ofBurst = async () => (await storedExecutions(BURST_WORKFLOW, `${prefix}_[0-9]+`)).filter((e) => !earlier.has(e.id));
		const stopped = n8n.workers[n8n.workers.length - 1];

		const statuses = await deliver(deliveries.slice(0, 10));
		await waitFor(async () => {
			const ids = new Set((await ofBurst()).map((e) => e.id));
			return n8n.executionsIn(stopped, 'finished').filter((id) => ids.has(id)).length >= 2;
		}, { timeoutMs: 30000, intervalMs: 100, what: 'the worker to finish two executions of the burst' });
		await stopWorker(stopped);
		statuses.push(...(await deliver(deliveries.slice(10))));
		const next = await n8n.cluster!.startWorker();
		const executions = await waitFor(async () => {
			const list = await ofBurst();
			return list.length >= deliveries.length && list.every((e) => FINAL.includes(e.status)) ? list : undefined;
		}, { timeoutMs: 150000, intervalMs: 500, what: 'every execution of the burst to end' });
		const ids = new Set(executions.map((e) => e.id));
		const by = (worker: typeof stopped, what: 'started' | 'finished') => n8n.executionsIn(worker, what).filter((id) => ids.has(id));
		return {
			statuses,
			deliveries: deliveries.map((d) => d.id),
			executions,
			stopped: { started: by(stopped, 'started'), finished: by(stopped, 'finished') },
			next: { started: by(next, 'started'), finished: by(next, 'finished') },
		};
	}

	it('SIGTERM: the worker finishes what it started, the new one runs the rest; one successful execution per delivery', async () => {
		const result = await burst('evt_term', 1, async (worker) => await worker.stop());

		expect(result.statuses).toEqual(Array(20).fill(200));
		expect(result.executions.map((e) => e.delivery).sort()).toEqual(result.deliveries);
		expect(result.executions.filter((e) => e.status !== 'success')).toEqual([]);
		// Every execution ran on exactly one worker.
		expect([...result.stopped.finished, ...result.next.finished].sort()).toEqual(result.executions.map((e) => e.id).sort());
		expect(result.stopped.started.sort()).toEqual(result.stopped.finished.sort());
		expect(result.stopped.finished.length).toBeGreaterThanOrEqual(2);
		expect(result.next.finished.length).toBeGreaterThanOrEqual(10);
	}, 240000);

	it('SIGKILL: still one execution per delivery; those the killed worker held fail, the rest succeed on the new worker', async () => {
		// Two at a time, like a vendor's delivery workers.
		const result = await burst('evt_kill', 2, async (worker) => {
			worker.process.kill('SIGKILL');
			await worker.exited;
		});

		expect(result.statuses).toEqual(Array(20).fill(200));
		expect(result.executions).toHaveLength(20);
		const succeeded = result.executions.filter((e) => e.status === 'success');
		const failed = result.executions.filter((e) => e.status !== 'success');
		// n8n does not run a job again once its worker died (Bull's maxStalledCount is 0): the executions the killed
		// worker held (at most its concurrency, 5) end in error, and n8n replaces their data with the error, so they
		// no longer name their delivery. Every other delivery succeeded exactly once.
		expect(failed.length).toBeLessThanOrEqual(5);
		for (const execution of failed) expect(['crashed', 'error']).toContain(execution.status);
		expect(new Set(succeeded.map((e) => e.delivery)).size).toBe(succeeded.length);
		expect(succeeded.every((e) => result.deliveries.includes(e.delivery))).toBe(true);
		const ids = (list: Array<{ id: string }>) => list.map((e) => e.id).sort();
		// Every execution a worker logged as finished succeeded. A SIGKILL can also cut off the killed worker's log
		// line of an execution it had just finished: such a success must then have been started by that worker.
		const logged = [...result.stopped.finished, ...result.next.finished];
		expect(logged.filter((id) => !ids(succeeded).includes(id))).toEqual([]);
		expect(ids(succeeded).filter((id) => !logged.includes(id) && !result.stopped.started.includes(id))).toEqual([]);
		expect(failed.filter((e) => result.stopped.finished.includes(e.id) || result.next.started.includes(e.id))).toEqual([]);
		expect(result.next.finished.length).toBeGreaterThanOrEqual(10);
		process.stderr.write(
			`[queue] SIGKILL: ${result.stopped.finished.length} executions finished before the kill, ` +
				`${failed.length} held by the killed worker ended as ${failed.map((e) => e.status).join('/') || '-'}, ${result.next.finished.length} ran on the new worker\n`,
		);
	}, 240000);

	it('Dub retrying both bursts: every delivery is dropped as a repeat, and the database ends up holding every id', async () => {
		const webhook = [...dubWebhooks.values()].find((w) => w.url === productionUrl(burstWebhookId))!;
		const burstIds = ['evt_term', 'evt_kill'].flatMap((prefix) => Array.from({ length: 20 }, (_, i) => `${prefix}_${String(i + 1).padStart(2, '0')}`));
		const savedIds = async () => {
			const stored = (await n8n.storedStaticData(BURST_WORKFLOW))['node:Dub Trigger'];
			return new Set(stored.recentDeliveries.map((d: { id: string }) => d.id) as string[]);
		};
		// n8n saves a workflow's static data whole, after the trigger answered: a delivery handled while another's save
		// is under way can write over that one's id. The webhook processor keeps the ids it handled, so a retry of such
		// a delivery is still dropped, and its save puts the lost ids back.
		const before = await savedIds();
		process.stderr.write(`[queue] ids in the database after the bursts: ${burstIds.filter((id) => before.has(id)).length} of ${burstIds.length}\n`);
		const executionsBefore = await storedExecutions(BURST_WORKFLOW, 'evt_[a-z]+_[0-9]+');

		const answers: Record<string, unknown> = {};
		for (const [i, id] of burstIds.entries()) {
			const raw = JSON.stringify(leadCreated(id, 100 + (i % 20)));
			answers[id] = await (await deliverToDub(productionUrl(burstWebhookId), raw, dubSignature(webhook.secret, raw))).json();
		}

		for (const id of burstIds) expect([id, answers[id]]).toEqual([id, { received: true, ignored: 'duplicate' }]);
		await waitFor(async () => {
			const saved = await savedIds();
			return burstIds.every((id) => saved.has(id)) || undefined;
		}, { timeoutMs: 30000, what: 'every id of the bursts to be saved' });
		// And none of the retries started a run.
		expect((await storedExecutions(BURST_WORKFLOW, 'evt_[a-z]+_[0-9]+')).length).toBe(executionsBefore.length);
	}, 180000);
});

describe('unpublishing in queue mode', () => {
	it('main deletes the webhooks in Dub and Lago, and the webhook processor stops answering', async () => {
		for (const id of [DUB_WORKFLOW, LAGO_WORKFLOW, BURST_WORKFLOW]) await n8n.rest!.request('POST', `/rest/workflows/${id}/deactivate`, {});

		await waitFor(async () => dubWebhooks.size === 0 && lagoEndpoints.size === 0, { timeoutMs: 30000, what: 'the webhooks to be deleted' });
		const raw = JSON.stringify(leadCreated('evt_queue_after', 9));
		expect((await deliverToDub(productionUrl(dubWebhookId), raw, 'irrelevant')).status).toBe(404);
	});
});
