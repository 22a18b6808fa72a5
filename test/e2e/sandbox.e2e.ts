/**
 * The sandbox of `npm run demo` with a real n8n: the sandbox servers, the credentials that point at them and the
 * workflows in examples/, imported with n8n's CLI as `npm run demo` does. The usage-batch example runs with
 * `n8n execute`; the lead example runs as the editor's "Execute workflow" does, on its pinned sample lead; and once the
 * event-started examples are active, a tracked lead flows through Dub's webhook, Lago's customer and Lago's webhook
 * into a Dub partner. Every request the sandbox received must fit the vendor's contract.
 */
import { join } from 'node:path';

import { repoRoot } from '../../scripts/lib/runtime';
import { SANDBOX_TRIGGER_WORKFLOWS, startSandbox } from '../../scripts/sandbox';
import { itemsOf, N8nInstance, waitFor, type ExecutionRun } from './helpers';

const MANUAL_TRIGGER = 'When clicking ‘Execute workflow’';

type Execution = ExecutionRun & { id: string; mode: string; status: string; workflowId: string };

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let n8n: N8nInstance;
let apiKey: string;

beforeAll(async () => {
	sandbox = await startSandbox({ ports: { dub: 0, lago: 0, notihub: 0 } });
	n8n = await new N8nInstance().install();
	await n8n.importCredentials(sandbox.credentials());
	const imported = await n8n.cli(['import:workflow', '--separate', `--input=${join(repoRoot, 'examples')}`]);
	if (imported.code !== 0) throw new Error(`import:workflow failed:\n${imported.stdout}\n${imported.stderr}`);
}, 180000);
afterAll(async () => {
	await n8n?.stop();
	n8n?.remove();
	await sandbox?.close();
});
afterEach(() => expect(sandbox.violations()).toEqual({ Dub: [], Lago: [], Notihub: [] }));

/** Executions of a workflow, newest first, with their data (public API). */
async function executions(workflowId: string): Promise<Execution[]> {
	const response = await fetch(`${n8n.server!.url}/api/v1/executions?workflowId=${workflowId}&includeData=true`, {
		headers: { 'X-N8N-API-KEY': apiKey },
	});
	expect(response.status).toBe(200);
	return ((await response.json()) as { data: Execution[] }).data;
}

/** The first finished execution of a workflow that `matches`. */
async function finished(workflowId: string, matches: (e: Execution) => boolean, what: string) {
	return await waitFor(
		async () => (await executions(workflowId)).find((e) => matches(e) && ['success', 'error', 'crashed'].includes(e.status)),
		{ timeoutMs: 30000, what },
	);
}

describe('the sandbox in n8n', () => {
	it('"Lago: send usage events in one batch" (n8n execute) sends one batch and shows the new current usage', async () => {
		const { run } = await n8n.execute('exLagoUsageBatch');

		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		const [batch] = sandbox.lago.server.calls('createBatchEvents');
		expect(sandbox.lago.server.calls('createBatchEvents')).toHaveLength(1);
		expect(batch.body.events.map((e: Record<string, unknown>) => [e.external_subscription_id, e.code, e.properties])).toEqual([
			['sub_user_123', 'api_calls', { endpoint: '/v1/reports' }],
			['sub_user_123', 'api_calls', { endpoint: '/v1/exports' }],
			['sub_user_123', 'api_calls', { endpoint: '/v1/reports' }],
			['sub_user_123', 'storage_gb', { gb: 2.5 }],
			['sub_user_126', 'seats', { user_id: 'kenji' }],
		]);
		const sent = itemsOf(run, 'Send Usage to Lago');
		expect(sent.map((e) => e.transaction_id)).toEqual(batch.body.events.map((e: { transaction_id: string }) => e.transaction_id));
		expect(new Set(sent.map((e) => e.transaction_id)).size).toBe(5);
		const usage = itemsOf(run, 'Current Usage of Grace Hopper');
		expect(usage).toHaveLength(1);
		expect(usage[0]).toMatchObject({ currency: 'USD', total_amount_cents: 159 });
		expect((usage[0].charges_usage as Array<{ billable_metric: { code: string }; units: string }>).map((c) => [c.billable_metric.code, c.units])).toEqual([
			['api_calls', '45'],
			['storage_gb', '15'],
		]);
	});

	it('"Dub lead → Lago customer → Notihub welcome" runs from the editor on its pinned sample lead', async () => {
		const { rest } = await n8n.start();
		apiKey = await rest.createApiKey('e2e');

		const executionId = await rest.runWorkflow('exLeadToBilling', 'New Lead in Dub');

		const execution = await finished('exLeadToBilling', (e) => String(e.id) === String(executionId), 'the manual run');
		expect(execution.data.resultData.error).toBeUndefined();
		expect(execution.status).toBe('success');
		expect(execution.mode).toBe('manual');
		expect(sandbox.lago.server.calls('createCustomer').map((r) => r.body)).toEqual([
			{ customer: { external_id: 'user_128', name: 'Ada Lovelace', email: 'ada@example.com', currency: 'USD' } },
		]);
		const [notihubCustomer] = itemsOf(execution, 'Create Customer in Notihub');
		expect(sandbox.notihub.server.calls('createCustomer').map((r) => r.body)).toEqual([
			{ externalId: 'user_128', contacts: [{ type: 'EMAIL', value: 'ada@example.com', primary: true, verified: false }], language: 'en_US' },
		]);
		expect(sandbox.notihub.server.calls('sendMessage').map((r) => r.body)).toEqual([
			{ customerId: notihubCustomer.customerId, templateId: 'welcome', model: { name: 'Ada Lovelace' } },
		]);
		expect(itemsOf(execution, 'Create or Update Customer in Lago')).toEqual([expect.objectContaining({ external_id: 'user_128', name: 'Ada Lovelace', currency: 'USD' })]);
		const [message] = itemsOf(execution, 'Send Welcome Message');
		expect(sandbox.notihub.store.messages.get(message.messageId as string)).toMatchObject({ request: { customerId: notihubCustomer.customerId, templateId: 'welcome' } });
	});

	it('activated, the event-started examples chain: a tracked lead reaches the lead workflow, whose new Lago customer becomes a Dub partner', async () => {
		const rest = n8n.rest!;
		for (const { id } of SANDBOX_TRIGGER_WORKFLOWS) {
			const status = await rest.activateWorkflow(id);
			expect({ id, status: status.status, triggers: status.triggers.map((t: { status: string }) => t.status) }).toEqual({ id, status: 'published', triggers: ['activated'] });
		}
		expect(sandbox.dub.store.webhooks.all()).toEqual([expect.objectContaining({ triggers: ['lead.created'], url: expect.stringContaining('/webhook/') })]);
		expect(sandbox.lago.store.endpoints.all()).toEqual([expect.objectContaining({ signature_algo: 'jwt', event_types: ['customer.created'] })]);

		await rest.runWorkflow('exDubTrackLead', MANUAL_TRIGGER);

		const partnerRun = await finished('exCustomerToPartner', (e) => e.mode === 'webhook', 'the partner workflow, started by Lago');
		const [lead] = sandbox.dub.server.calls('trackLead');
		expect(lead.body).toMatchObject({ eventName: 'Sign up', customerName: 'Ada Lovelace', customerEmail: expect.stringMatching(/^ada\+\d+@example\.com$/) });
		const leadRun = await finished('exLeadToBilling', (e) => e.mode === 'webhook', 'the lead workflow, started by Dub');
		expect([leadRun.status, partnerRun.status]).toEqual(['success', 'success']);
		expect(itemsOf(leadRun, 'New Lead in Dub')[0]).toMatchObject({ event: 'lead.created', data: { customer: { externalId: lead.body.customerExternalId } } });
		expect(sandbox.dub.server.calls('createPartner').map((r) => r.body)).toEqual([
			{ email: lead.body.customerEmail, name: 'Ada Lovelace', tenantId: lead.body.customerExternalId },
		]);
		expect(itemsOf(partnerRun, 'Enroll Customer as Dub Partner')).toEqual([
			expect.objectContaining({ email: lead.body.customerEmail, status: 'approved', links: [expect.objectContaining({ shortLink: 'https://dub.sh/ada-lovelace' })] }),
		]);
		await Promise.all([sandbox.dub.deliveries.settled(), sandbox.lago.deliveries.settled()]);
		expect(sandbox.dub.deliveries.sent.map((d) => [d.event, d.status])).toEqual([['lead.created', 200]]);
		expect(sandbox.lago.deliveries.sent.map((d) => [d.event, d.status])).toEqual([['customer.created', 200]]);
	});
});
