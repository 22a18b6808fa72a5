/**
 * Acknowledge: After the Run in queue mode. A Dub Trigger set to answer deliveries once their run has ended gets a
 * burst of 20 deliveries while its worker is killed with SIGKILL; Dub's part is played by a sender that retries a
 * delivery until it is answered 200, as Dub does. Every delivery must end up run successfully at least once.
 */
import { randomUUID } from 'node:crypto';

import type { ContractServer } from '../contract/server';
import { customer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { waitFor } from '../e2e/helpers';
import { QueueInstance } from './cluster';
import { deliverToDub, dubSignature, playDubWebhooks, type DubWebhook } from './vendors';
import { dubCredential, dubTriggerNode, getCustomerNode, leadCreated, pause, storedExecutions } from './workflows';

const WORKFLOW = 'DubQueueAfterRun';
const webhookId = randomUUID();
/** How long the sender waits for an answer before it counts the attempt as failed and retries. */
const SENDER_TIMEOUT_MS = 30_000;
const FINAL = ['success', 'error', 'crashed', 'canceled'];

let dub: ContractServer;
let dubWebhooks: Map<string, DubWebhook>;
let n8n: QueueInstance;

beforeAll(async () => {
	dub = await startDubServer();
	dubWebhooks = playDubWebhooks(dub);
	// Dub answers slowly, so that the worker has runs under way when it is killed.
	dub.on('getCustomer', async ({ params }) => {
		await pause(400);
		return { body: customer(Number(params.id.slice(4))) };
	});
	n8n = await (await new QueueInstance().install()).startServers();
	await n8n.importCredentials([{ ...dubCredential, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${dub.url}/` } }]);
	await n8n.importWorkflow(WORKFLOW, 'Dub leads, acknowledged after the run (queue)', [
		dubTriggerNode(webhookId, { acknowledge: 'afterRun' }),
		getCustomerNode('Get Customer'),
	]);
	await n8n.start();
	expect((await n8n.activate(WORKFLOW)).status).toBe('published');
}, 300000);
afterAll(async () => {
	await n8n?.stop();
	n8n?.remove();
	await dub?.close();
});
afterEach(() => dub.expectNoViolations());

interface Attempt {
	status: number | 'no answer';
	body: string;
}

/** Dub's side of one delivery: sent again (after a second) until it is answered 200, at most 8 times. */
async function deliverUntilAcknowledged(url: string, raw: string, signature: string): Promise<Attempt[]> {
	const attempts: Attempt[] = [];
	for (let i = 0; i < 8; i++) {
		const answer = await Promise.race([
			deliverToDub(url, raw, signature).then(async (response) => ({ status: response.status, body: await response.text() })),
			pause(SENDER_TIMEOUT_MS).then(() => ({ status: 'no answer' as const, body: '' })),
		]).catch((error: Error) => ({ status: 'no answer' as const, body: error.message }));
		attempts.push(answer);
		if (answer.status === 200) return attempts;
		await pause(1000);
	}
	return attempts;
}

describe('Acknowledge: After the Run, with the worker killed (SIGKILL) in a burst of 20 deliveries', () => {
	it('every delivery ends up run successfully at least once: those the killed worker held are sent again and run', async () => {
		const url = `${n8n.webhookUrl}/webhook/${webhookId}/webhook`;
		const webhook = [...dubWebhooks.values()].find((w) => w.url === url)!;
		const deliveries = Array.from({ length: 20 }, (_, i) => {
			const id = `evt_after_${String(i + 1).padStart(2, '0')}`;
			const raw = JSON.stringify(leadCreated(id, 100 + i));
			return { id, raw, signature: dubSignature(webhook.secret, raw) };
		});
		const killed = n8n.workers[n8n.workers.length - 1];

		// Two at a time, like a vendor's delivery workers; each one retried until acknowledged.
		const attempts: Record<string, Attempt[]> = {};
		const queue = [...deliveries];
		const sending = Promise.all(
			[0, 1].map(async () => {
				for (let d = queue.shift(); d; d = queue.shift()) attempts[d.id] = await deliverUntilAcknowledged(url, d.raw, d.signature);
			}),
		);
		const executionIds = async () => new Set((await storedExecutions(n8n, WORKFLOW, 'evt_after_[0-9]+')).map((e) => e.id));
		// Killed once it has finished two runs and is in the middle of another.
		await waitFor(async () => {
			const ids = await executionIds();
			const finished = n8n.executionsIn(killed, 'finished').filter((id) => ids.has(id));
			const running = n8n.executionsIn(killed, 'started').filter((id) => ids.has(id) && !finished.includes(id));
			return finished.length >= 2 && running.length >= 1;
		}, { timeoutMs: 60000, intervalMs: 50, what: 'the worker to finish two runs of the burst and be running a third' });
		killed.process.kill('SIGKILL');
		await killed.exited;
		await n8n.cluster!.startWorker();
		await sending;

		const executions = await waitFor(async () => {
			const list = await storedExecutions(n8n, WORKFLOW, 'evt_after_[0-9]+');
			return list.every((e) => FINAL.includes(e.status)) ? list : undefined;
		}, { timeoutMs: 150000, intervalMs: 500, what: 'every run of the burst to end' });
		const succeeded = new Set(executions.filter((e) => e.status === 'success').map((e) => e.delivery));
		const retried = Object.entries(attempts).filter(([, list]) => list.length > 1);
		process.stderr.write(
			`[queue] After the Run, SIGKILL: ${executions.length} runs for 20 deliveries, ` +
				`${executions.filter((e) => e.status !== 'success').length} did not succeed; ${retried.length} deliveries sent again ` +
				`(${retried.map(([id, list]) => `${id}: ${list.map((a) => a.status).join(' → ')}`).join('; ') || '-'})\n`,
		);

		for (const d of deliveries) {
			expect([d.id, attempts[d.id].at(-1)?.status]).toEqual([d.id, 200]);
			expect([d.id, succeeded.has(d.id)]).toEqual([d.id, true]);
		}
		// The kill cost runs: some deliveries were not acknowledged at first, and ran when Dub sent them again.
		expect(retried.length).toBeGreaterThanOrEqual(1);
		// The worker ran without the workflow's static data and left the saved one (the webhook's secret) as it was.
		expect((await n8n.storedStaticData(WORKFLOW))['node:Dub Trigger']).toMatchObject({ webhookId: webhook.id, webhookSecret: webhook.secret });
	}, 600000);
});
