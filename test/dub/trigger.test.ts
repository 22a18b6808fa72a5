import { createHmac } from 'node:crypto';

import type { ContractRequest, ContractServer } from '../contract/server';
import { dubWebhookRegistry, type DubWebhook, type DubWebhookRegistry } from '../../scripts/sandbox/webhooks';
import { nodeTypeInstances } from '../engine';
import { runListSearch } from '../engine/listSearch';
import { TriggerHarness } from '../engine/trigger';
import { dubCredentials, DUB_API_KEY, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
afterEach(() => server.expectNoViolations());

/** Dub's webhook registry (the project's one fake of it), with predictable ids and secrets: wh_1, whsec_000…1. */
let registry: DubWebhookRegistry;
let webhooks: DubWebhook[];

const notFound = { status: 404, body: { error: { code: 'not_found', message: 'Webhook not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } } };

beforeEach(() => {
	server.reset();
	registry = dubWebhookRegistry({ newId: (n) => `wh_${n}`, newSecret: (n) => `whsec_${String(n).padStart(32, '0')}` }).play(server);
	webhooks = registry.webhooks;
});

const trigger = (parameters: Record<string, unknown>, extra: { workflowName?: string; staticData?: Record<string, unknown> } = {}) =>
	new TriggerHarness({
		type: 'dubTrigger',
		parameters: { registration: 'automatic', ...parameters },
		credentials: dubCredentials(server),
		...extra,
	});

function sign(secret: string, raw: string) {
	return createHmac('sha256', secret).update(raw, 'utf8').digest('hex');
}

const leadEvent = {
	id: 'evt_lead_0001',
	event: 'lead.created',
	createdAt: '2026-08-21T10:00:00.000Z',
	data: {
		eventName: 'Sign up',
		customer: { id: 'cus_1', externalId: 'user_1', name: 'Ann', email: 'ann@example.com', country: 'FR' },
		click: { id: 'clk_1', country: 'FR' },
		link: { id: 'link_1', shortLink: 'https://dub.sh/ann' },
		metadata: null,
	},
};

/** Delivers the lead event under event id `id`, signed with the registered webhook's secret. */
async function sendLead(harness: TriggerHarness, id: string) {
	const raw = JSON.stringify({ ...leadEvent, id });
	return await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });
}

async function activated(parameters: Record<string, unknown> = { events: ['lead.created', 'sale.created'] }) {
	const harness = trigger(parameters);
	await harness.activate();
	server.requests.length = 0; // keep the registry's handlers, forget the activation's requests
	return harness;
}

describe('Dub Trigger › webhook lifecycle', () => {
	it('registers the webhook with a name, the production URL, the events and a workspace link scope for clicks', async () => {
		const harness = trigger(
			{ events: ['lead.created', 'link.clicked', 'sale.created'] },
			{ workflowName: 'Quarterly partner payouts and lead routing' },
		);
		expect(await harness.checkExists()).toBe(false);
		expect(server.requests).toHaveLength(0);

		await harness.create();

		const [request] = server.calls('createWebhook');
		expect(request.headers.authorization).toBe(`Bearer ${DUB_API_KEY}`);
		expect(request.body).toEqual({
			name: 'n8n: Quarterly partner payouts and lead',
			url: 'http://localhost:5678/webhook/5f0c2c1e-8d0a-4b7e-9a51-3f1d2c6b7e90/webhook',
			triggers: ['lead.created', 'link.clicked', 'sale.created'],
			linkScope: 'workspace',
		});
		expect(harness.nodeStaticData).toEqual({ webhookId: 'wh_1', webhookSecret: webhooks[0].secret });
	});

	it('sends no link scope when click events are not selected', async () => {
		const harness = trigger({ events: ['partner.enrolled', 'commission.created'] });
		await harness.activate();
		expect(server.calls('createWebhook')[0].body).toEqual({
			name: 'n8n: Test',
			url: harness.webhookUrl,
			triggers: ['partner.enrolled', 'commission.created'],
		});
	});

	it('finds the registered webhook on the next activation and creates nothing', async () => {
		const harness = await activated();
		server.on('createWebhook', { status: 500 });

		await harness.activate();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /webhooks/wh_1']);
		expect(harness.nodeStaticData.webhookId).toBe('wh_1');
	});

	it('creates the webhook again when Dub answers 404 for the stored one', async () => {
		const harness = await activated();
		const secretBefore = webhooks[0].secret;
		registry.clear(); // deleted in Dub's dashboard

		await harness.activate();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /webhooks/wh_1', 'POST /webhooks']);
		expect(harness.nodeStaticData).toEqual({ webhookId: 'wh_2', webhookSecret: webhooks[0].secret });
		expect(webhooks[0].secret).not.toBe(secretBefore);
		expect(webhooks).toHaveLength(1);
	});

	it('surfaces any other error from Dub while checking, with Dub’s message and without the API key', async () => {
		const harness = await activated();
		server.on('getWebhook', {
			status: 403,
			body: { error: { code: 'forbidden', message: 'The provided key does not have the required permissions for this endpoint.', doc_url: 'https://dub.co/docs/api-reference/errors#forbidden' } },
		});

		const failure = await harness.checkExists().then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);

		expect(failure?.message).toBe('The provided key does not have the required permissions for this endpoint.');
		expect(JSON.stringify(failure)).not.toContain(DUB_API_KEY);
		expect(server.calls('createWebhook')).toHaveLength(0);
		expect(harness.nodeStaticData.webhookId).toBe('wh_1');
	});

	it('replaces a webhook whose events no longer match the node, leaving exactly one', async () => {
		const harness = await activated({ events: ['lead.created'] });
		harness.setParameters({ registration: 'automatic', events: ['lead.created', 'sale.created'] });

		await harness.activate();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /webhooks/wh_1', 'DELETE /webhooks/wh_1', 'POST /webhooks']);
		expect(webhooks.map((w) => [w.id, w.triggers])).toEqual([['wh_2', ['lead.created', 'sale.created']]]);
		expect(harness.nodeStaticData.webhookId).toBe('wh_2');
	});

	it('replaces a webhook that Dub disabled after failed deliveries', async () => {
		const harness = await activated();
		webhooks[0].disabledAt = '2026-08-20T00:00:00.000Z';

		await harness.activate();

		expect(webhooks.map((w) => [w.id, w.disabledAt])).toEqual([['wh_2', null]]);
	});

	it('deletes the webhook on deactivation and forgets its id and secret', async () => {
		const harness = await activated();

		expect(await harness.delete()).toBe(true);

		expect(server.calls('deleteWebhook').map((r) => r.path)).toEqual(['/webhooks/wh_1']);
		expect(webhooks).toEqual([]);
		expect(harness.nodeStaticData).toEqual({});
	});

	it('deactivates cleanly when the webhook is already gone in Dub (404)', async () => {
		const harness = await activated();
		server.on('deleteWebhook', notFound);

		expect(await harness.delete()).toBe(true);

		expect(server.calls('deleteWebhook')).toHaveLength(1);
		expect(harness.nodeStaticData).toEqual({});
	});

	it('on 409 (URL already registered) replaces the leftover webhook, so exactly one remains and its secret is known', async () => {
		const harness = trigger({ events: ['sale.created'] });
		webhooks.push(
			{ id: 'wh_left', name: 'n8n: Test', url: harness.webhookUrl, secret: 'whsec_lost0000000000000000000000000000', triggers: ['lead.created'], disabledAt: null, installationId: null },
			{ id: 'wh_other', name: 'Zapier', url: 'https://hooks.example.com/dub', secret: 'whsec_other000000000000000000000000000', triggers: ['lead.created'], disabledAt: null, installationId: null },
		);

		await harness.activate();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /webhooks',
			'GET /webhooks',
			'DELETE /webhooks/wh_left',
			'POST /webhooks',
		]);
		const ours = webhooks.filter((w) => w.url === harness.webhookUrl);
		expect(ours).toHaveLength(1);
		expect(ours[0].triggers).toEqual(['sale.created']);
		expect(webhooks.map((w) => w.id)).toContain('wh_other');
		expect(harness.nodeStaticData).toEqual({ webhookId: ours[0].id, webhookSecret: ours[0].secret });
	});

	it('on 409 for a URL it cannot find, surfaces Dub’s conflict error', async () => {
		const harness = trigger({ events: ['sale.created'] });
		server.on('createWebhook', { status: 409, body: { error: { code: 'conflict', message: 'A Webhook with this URL already exists.' } } });

		await expect(harness.create()).rejects.toThrow('A Webhook with this URL already exists.');
		expect(server.calls('deleteWebhook')).toHaveLength(0);
		expect(harness.nodeStaticData).toEqual({});
	});
});

describe('Dub Trigger › deliveries', () => {
	it('emits the event envelope as one item when the signature matches the raw body', async () => {
		const harness = await activated();
		const raw = JSON.stringify(leadEvent);

		const delivery = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });

		expect(delivery.status).toBe(200);
		expect(delivery.startsExecution).toBe(true);
		expect(delivery.items).toEqual([leadEvent]);
	});

	it('verifies the bytes Dub sent, not a re-serialized body', async () => {
		const harness = await activated();
		const raw = `{ "id": "evt_sale_1", "event": "sale.created", "createdAt": "2026-08-21T10:00:00.000Z",\n  "data": { "sale": { "amount": 4900, "currency": "eur", "invoiceId": "in_1" }, "customer": { "name": "Zoë" } } }`;

		const delivery = await harness.deliver({ body: raw, headers: { 'dub-signature': sign(webhooks[0].secret, raw) }, lazyRawBody: true });

		expect(delivery.status).toBe(200);
		expect(delivery.items).toEqual([
			{
				id: 'evt_sale_1',
				event: 'sale.created',
				createdAt: '2026-08-21T10:00:00.000Z',
				data: { sale: { amount: 4900, currency: 'eur', invoiceId: 'in_1' }, customer: { name: 'Zoë' } },
			},
		]);
	});

	it('answers 401 and starts nothing when the body was tampered with', async () => {
		const harness = await activated();
		const raw = JSON.stringify(leadEvent);
		const tampered = raw.replace('ann@example.com', 'eve@example.com');

		const delivery = await harness.deliver({ body: tampered, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });

		expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(delivery.body).toEqual({ error: 'Invalid Dub-Signature header' });
	});

	it('answers 401 and starts nothing when the delivery was signed with another secret', async () => {
		const harness = await activated();
		const raw = JSON.stringify(leadEvent);

		const delivery = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign('whsec_ffffffffffffffffffffffffffffffff', raw) } });

		expect(delivery).toMatchObject({ status: 401, startsExecution: false, items: [] });
	});

	it('answers 401 and starts nothing when the Dub-Signature header is missing or not hex of the right length', async () => {
		const harness = await activated();
		const raw = JSON.stringify(leadEvent);

		const missing = await harness.deliver({ body: raw });
		const short = await harness.deliver({ body: raw, headers: { 'Dub-Signature': 'abc' } });

		expect(missing).toMatchObject({ status: 401, startsExecution: false, items: [], body: { error: 'Missing Dub-Signature header' } });
		expect(short).toMatchObject({ status: 401, startsExecution: false, items: [] });
	});

	it('drops a repeated event id with a 200, and still runs for new ids', async () => {
		const harness = await activated();
		const secret = webhooks[0].secret;
		const send = async (event: object) => {
			const raw = JSON.stringify(event);
			return await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(secret, raw) } });
		};

		const first = await send(leadEvent);
		const retry = await send(leadEvent);
		const next = await send({ ...leadEvent, id: 'evt_lead_0002' });
		const nextRetry = await send({ ...leadEvent, id: 'evt_lead_0002' });

		expect(first).toMatchObject({ status: 200, startsExecution: true });
		expect(retry).toMatchObject({ status: 200, startsExecution: false, items: [] });
		expect(retry.body).toEqual({ received: true, ignored: 'duplicate' });
		expect(next.items.map((i) => i.id)).toEqual(['evt_lead_0002']);
		expect(nextRetry.startsExecution).toBe(false);
	});

	it('runs a delivery once when Dub sends it again before n8n has saved the first (two at once)', async () => {
		const harness = await activated();
		const raw = JSON.stringify(leadEvent);
		const headers = { 'Dub-Signature': sign(webhooks[0].secret, raw) };

		// Both load the saved static data before either is saved, as n8n does for deliveries handled at once.
		const both = await Promise.all([harness.deliver({ body: raw, headers }), harness.deliver({ body: raw, headers })]);

		expect(both.map((d) => d.startsExecution).sort()).toEqual([false, true]);
		expect(both.find((d) => !d.startsExecution)?.body).toEqual({ received: true, ignored: 'duplicate' });
	});

	it('keeps the id of a delivery whose saved copy another delivery wrote over, and saves it again', async () => {
		const harness = await activated();
		const send = async (id: string) => await sendLead(harness, id);
		const savedIds = () => (harness.nodeStaticData.recentDeliveries as Array<{ id: string }>).map((d) => d.id);

		// Two deliveries at once: each saves its own copy, so the copy saved last lacks the other's id.
		await Promise.all([send('evt_a'), send('evt_b')]);
		const afterBoth = savedIds();
		const retries = await Promise.all([send('evt_a'), send('evt_b')]);

		expect(afterBoth.length).toBeGreaterThanOrEqual(1);
		expect(retries.map((r) => r.body)).toEqual([
			{ received: true, ignored: 'duplicate' },
			{ received: true, ignored: 'duplicate' },
		]);
		expect(savedIds().sort()).toEqual(['evt_a', 'evt_b']);
	});

	it('remembers event ids within a bounded window only', async () => {
		const harness = await activated();
		const send = async (id: string) => await sendLead(harness, id);
		const now = jest.spyOn(Date, 'now');
		try {
			const start = Date.parse('2026-08-21T10:00:00.000Z');
			now.mockReturnValue(start);
			await send('evt_a');
			now.mockReturnValue(start + 71 * 3600_000);
			expect((await send('evt_a')).startsExecution).toBe(false);
			now.mockReturnValue(start + 73 * 3600_000);
			expect((await send('evt_a')).startsExecution).toBe(true);

			for (let i = 0; i < 500; i++) await send(`evt_bulk_${i}`);
			const memory = harness.nodeStaticData.recentDeliveries as unknown[];
			expect(memory).toHaveLength(500);
			// evt_a was pushed out by 500 newer ids, so it runs again.
			expect((await send('evt_a')).startsExecution).toBe(true);
		} finally {
			now.mockRestore();
		}
	});

	it('acknowledges events that are not selected with a 200 and starts nothing', async () => {
		const harness = await activated({ events: ['sale.created'] });
		const raw = JSON.stringify(leadEvent);

		const delivery = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });

		expect(delivery).toMatchObject({ status: 200, startsExecution: false, items: [] });
	});
});

describe('Dub Trigger › manual registration', () => {
	const secret = 'whsec_0123456789abcdef0123456789abcdef';
	const manual = () =>
		new TriggerHarness({
			type: 'dubTrigger',
			parameters: { registration: 'manual', signingSecret: secret, events: ['lead.created'] },
		});

	it('makes no API calls on activation or deactivation', async () => {
		const harness = manual();

		await harness.activate();
		await harness.delete();

		expect(server.requests).toHaveLength(0);
	});

	it('verifies deliveries with the pasted secret', async () => {
		const harness = manual();
		await harness.activate();
		const raw = JSON.stringify(leadEvent);

		const good = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(secret, raw) } });
		const forged = await harness.deliver({
			body: raw,
			headers: { 'Dub-Signature': sign('whsec_fedcba9876543210fedcba9876543210', raw) },
		});

		expect(good).toMatchObject({ status: 200, startsExecution: true, items: [leadEvent] });
		expect(forged).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(server.requests).toHaveLength(0);
	});
});

describe('Dub Trigger › signature case and webhook ids', () => {
	it('accepts a Dub-Signature in capitals, and still refuses a wrong one in capitals', async () => {
		const harness = await activated();
		const raw = JSON.stringify(leadEvent);
		const secret = webhooks[0].secret;

		const forged = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign('whsec_ffffffffffffffffffffffffffffffff', raw).toUpperCase() } });
		const upper = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(secret, raw).toUpperCase() } });

		expect(forged).toMatchObject({ status: 401, startsExecution: false, items: [] });
		expect(upper).toMatchObject({ status: 200, startsExecution: true, items: [leadEvent] });
	});

	it('refuses a webhook id from Dub that is not one path segment, and stores nothing', async () => {
		const harness = trigger({ events: ['sale.created'] });
		server.on('createWebhook', ({ body }: ContractRequest) => ({ status: 201, body: { ...body, id: '../links', secret: 'whsec_00000000000000000000000000000001', disabledAt: null, installationId: null } }));

		await expect(harness.activate()).rejects.toThrow('Refused to use the Dub webhook ID: it cannot contain "/" or "\\", got "../links"');

		expect(harness.nodeStaticData).toEqual({});
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /webhooks']);
	});

	it('does not take over a webhook whose id is not one path segment', async () => {
		const harness = trigger({ events: ['sale.created'] });
		webhooks.push({ id: '..', name: 'n8n: Test', url: harness.webhookUrl, secret: 'whsec_lost0000000000000000000000000000', triggers: ['lead.created'], disabledAt: null, installationId: null });

		await expect(harness.activate()).rejects.toThrow('Refused to use the Dub webhook ID: it cannot be ".."');

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /webhooks', 'GET /webhooks']);
	});

	it('never puts a saved webhook id that could leave its path into a request: it registers anew', async () => {
		const harness = new TriggerHarness({
			type: 'dubTrigger',
			parameters: { registration: 'automatic', events: ['sale.created'] },
			credentials: dubCredentials(server),
			staticData: { 'node:Trigger Under Test': { webhookId: '%2e%2e%2flinks', webhookSecret: 'whsec_x' } },
		});

		await harness.activate();
		await harness.delete();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /webhooks', 'DELETE /webhooks/wh_1']);
	});
});

describe('Dub Trigger › link clicks on chosen links or folders', () => {
	const linkPick = (value: string, mode = 'list') => ({ link: { __rl: true, mode, value } });
	const folderPick = (value: string) => ({ folder: { __rl: true, mode: 'list', value } });

	it('registers the chosen links as the click scope', async () => {
		const harness = trigger({
			events: ['link.clicked', 'lead.created'],
			clickScope: 'links',
			clickLinks: { values: [linkPick('link_spring'), linkPick('link_summer', 'id'), linkPick('link_spring')] },
		});

		await harness.activate();

		expect(server.calls('createWebhook')[0].body).toEqual({
			name: 'n8n: Test',
			url: harness.webhookUrl,
			triggers: ['link.clicked', 'lead.created'],
			linkScope: 'links',
			linkIds: ['link_spring', 'link_summer'],
		});
	});

	it('registers the chosen folders, e.g. one per campaign', async () => {
		const harness = trigger({ events: ['link.clicked'], clickScope: 'folders', clickFolders: { values: [folderPick('fold_campaign')] } });

		await harness.activate();

		expect(server.calls('createWebhook')[0].body).toMatchObject({ linkScope: 'folders', folderIds: ['fold_campaign'] });
		expect(server.calls('createWebhook')[0].body.linkIds).toBeUndefined();
	});

	it('keeps the webhook while the scope is unchanged, and replaces it when the chosen links change', async () => {
		const parameters = (...ids: string[]) => ({
			registration: 'automatic',
			events: ['link.clicked'],
			clickScope: 'links',
			clickLinks: { values: ids.map((id) => linkPick(id)) },
		});
		const harness = await activated(parameters('link_a', 'link_b'));

		harness.setParameters(parameters('link_b', 'link_a'));
		await harness.activate();
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /webhooks/wh_1']);

		server.requests.length = 0;
		harness.setParameters(parameters('link_a', 'link_c'));
		await harness.activate();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /webhooks/wh_1', 'DELETE /webhooks/wh_1', 'POST /webhooks']);
		expect(webhooks.map((w) => [w.id, (w as unknown as { linkIds: string[] }).linkIds])).toEqual([['wh_2', ['link_a', 'link_c']]]);
	});

	it('replaces the webhook when the scope goes from chosen folders back to all links', async () => {
		const harness = await activated({ events: ['link.clicked'], clickScope: 'folders', clickFolders: { values: [folderPick('fold_1')] } });
		harness.setParameters({ registration: 'automatic', events: ['link.clicked'], clickScope: 'workspace' });

		await harness.activate();

		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /webhooks/wh_1', 'DELETE /webhooks/wh_1', 'POST /webhooks']);
		expect(webhooks).toEqual([expect.objectContaining({ id: 'wh_2', linkScope: 'workspace' })]);
	});

	it('refuses Chosen Links with no link picked, naming the field, before any request', async () => {
		const harness = trigger({ events: ['link.clicked'], clickScope: 'links', clickLinks: { values: [linkPick('  ')] } });

		await expect(harness.create()).rejects.toThrow('Links must name at least one link whose clicks start the workflow');
		expect(server.requests).toHaveLength(0);
	});

	it('offers links and folders from searchable lists', async () => {
		server.on('listFolders', ({ query }: ContractRequest) => ({
			body: [{ id: 'fold_1', name: `Spring campaign ${query.search}`, description: null, type: 'default', accessLevel: 'write', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }],
		}));

		const folders = await runListSearch({ type: 'dubTrigger', method: 'searchFolders', credentials: dubCredentials(server), filter: 'spring' });

		expect(folders).toEqual({ results: [{ name: 'Spring campaign spring', value: 'fold_1' }], paginationToken: undefined });
		expect(server.calls('listFolders')[0].query).toEqual({ pageSize: '50', page: '1', search: 'spring' });
		const pickers = nodeTypeInstances.dubTrigger.description.properties.filter((p) => p.type === 'fixedCollection');
		expect(pickers.map((p) => (p.options?.[0] as { values: Array<{ modes: Array<{ typeOptions?: { searchListMethod?: string } }> }> }).values[0].modes[0].typeOptions?.searchListMethod)).toEqual([
			'searchLinks',
			'searchFolders',
		]);
	});
});

describe('Dub Trigger › Acknowledge: After the Run', () => {
	const afterRun = { events: ['lead.created'], options: { acknowledge: 'afterRun' } };

	it('leaves the answer to n8n until the run has ended, and emits the event', async () => {
		const harness = await activated(afterRun);
		const raw = JSON.stringify(leadEvent);

		const delivery = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });

		expect(harness.responseMode()).toBe('lastNode');
		expect(delivery).toMatchObject({ answeredByNode: false, startsExecution: true, items: [leadEvent] });
		const run = await harness.run(delivery);
		expect(run.data.resultData.runData['Trigger Under Test'][0].data?.main[0]?.map((item) => item.json)).toEqual([leadEvent]);
	});

	it('answers on receipt by default, and the run it starts passes the event on without an error', async () => {
		const harness = await activated({ events: ['lead.created'] });
		const raw = JSON.stringify(leadEvent);

		const delivery = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });
		const run = await harness.run(delivery);

		expect(harness.responseMode()).toBe('onReceived');
		expect(delivery).toMatchObject({ answeredByNode: true, status: 200, startsExecution: true });
		const trigger = run.data.resultData.runData['Trigger Under Test'][0];
		expect([run.data.resultData.error, trigger.error]).toEqual([undefined, undefined]);
		expect(trigger.data?.main[0]?.map((item) => item.json)).toEqual([leadEvent]);
	});

	it('runs a redelivery of a delivery whose run never ended; once a run ended, drops the next one', async () => {
		const harness = await activated(afterRun);
		const raw = JSON.stringify(leadEvent);
		const send = async () => await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(webhooks[0].secret, raw) } });

		const lost = await send(); // its worker is killed: the run never ends
		const redelivered = await send();
		await harness.run(redelivered);
		const again = await send();

		expect(lost.startsExecution).toBe(true);
		expect(redelivered).toMatchObject({ answeredByNode: false, startsExecution: true, items: [leadEvent] });
		expect(again).toMatchObject({ status: 200, startsExecution: false, body: { received: true, ignored: 'duplicate' } });
	});

	it('on a queue-mode worker (no static data in the run), keeps the saved secret and remembers nothing', async () => {
		const harness = await activated(afterRun);
		const raw = JSON.stringify(leadEvent);
		const secret = webhooks[0].secret;
		const send = async () => await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(secret, raw) } });

		await harness.run(await send(), { asQueueWorker: true });
		const retried = await send();

		expect(harness.nodeStaticData).toEqual({ webhookId: 'wh_1', webhookSecret: secret });
		expect(retried).toMatchObject({ answeredByNode: false, startsExecution: true, items: [leadEvent] });
	});

	it('with manual registration, remembers deliveries whose run ended', async () => {
		const secret = 'whsec_0123456789abcdef0123456789abcdef';
		const harness = new TriggerHarness({
			type: 'dubTrigger',
			parameters: { registration: 'manual', signingSecret: secret, events: ['lead.created'], options: { acknowledge: 'afterRun' } },
		});
		await harness.activate();
		const raw = JSON.stringify(leadEvent);
		const send = async () => await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign(secret, raw) } });

		await harness.run(await send());

		expect((await send()).startsExecution).toBe(false);
	});

	it('still refuses forged deliveries itself with 401', async () => {
		const harness = await activated(afterRun);
		const raw = JSON.stringify(leadEvent);

		const forged = await harness.deliver({ body: raw, headers: { 'Dub-Signature': sign('whsec_ffffffffffffffffffffffffffffffff', raw) } });

		expect(forged).toMatchObject({ status: 401, answeredByNode: true, startsExecution: false });
	});
});
