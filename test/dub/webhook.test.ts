import { runNode } from '../engine';
import { runListSearch } from '../engine/listSearch';
import type { ContractServer } from '../contract/server';
import { dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>) => runNode({ type: 'dub', parameters, credentials: dubCredentials(server) });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const webhook = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	name: 'CRM sync',
	url: 'https://example.com/dub',
	secret: 'whsec_0123456789abcdef0123456789abcdef',
	triggers: ['lead.created'],
	linkScope: null,
	disabledAt: null,
	...extra,
});

describe('Dub › Webhook', () => {
	it('creates a webhook; with Link Clicked the scope defaults to the whole workspace', async () => {
		server.on('createWebhook', ({ body }) => ({ status: 201, body: webhook('wh_1', body as Record<string, unknown>) }));
		const result = await run({
			resource: 'webhook',
			operation: 'create',
			name: 'CRM sync',
			url: 'https://example.com/dub',
			triggers: ['lead.created', 'link.clicked'],
		});
		expect(server.calls('createWebhook')[0].body).toEqual({
			name: 'CRM sync',
			url: 'https://example.com/dub',
			triggers: ['lead.created', 'link.clicked'],
			linkScope: 'workspace',
		});
		expect(result.items[0]).toMatchObject({ id: 'wh_1', secret: expect.stringMatching(/^whsec_/) });
	});

	it('sends link IDs as a list for the Links scope, and refuses the scope without them', async () => {
		server.on('createWebhook', ({ body }) => ({ status: 201, body: webhook('wh_2', body as Record<string, unknown>) }));
		await run({
			resource: 'webhook',
			operation: 'create',
			name: 'Clicks',
			url: 'https://example.com/clicks',
			triggers: ['link.clicked'],
			additionalFields: { linkScope: 'links', linkIds: 'link_1, link_2' },
		});
		expect(server.calls('createWebhook')[0].body).toMatchObject({ linkScope: 'links', linkIds: ['link_1', 'link_2'] });
		const missing = await run({
			resource: 'webhook',
			operation: 'create',
			name: 'Clicks',
			url: 'https://example.com/clicks',
			triggers: ['link.clicked'],
			additionalFields: { linkScope: 'links' },
		});
		expect(missing.error?.message).toBe('Link IDs are required when Link Scope is "Links" (item 0)');
		expect(server.calls('createWebhook')).toHaveLength(1);
	});

	it('lists, gets, updates and deletes webhooks', async () => {
		server.on('listWebhooks', { body: [webhook('wh_1'), webhook('wh_2', { name: 'Other' })] });
		server.on('getWebhook', ({ params }) => ({ body: webhook(params.webhookId) }));
		server.on('updateWebhook', ({ params, body }) => ({ body: webhook(params.webhookId, body as Record<string, unknown>) }));
		server.on('deleteWebhook', ({ params }) => ({ body: { id: params.webhookId } }));

		expect((await run({ resource: 'webhook', operation: 'getAll' })).items.map((w) => w.id)).toEqual(['wh_1', 'wh_2']);
		expect((await run({ resource: 'webhook', operation: 'get', webhookId: byId('wh_1') })).items[0]).toMatchObject({ id: 'wh_1' });
		await run({ resource: 'webhook', operation: 'update', webhookId: byId('wh_1'), updateFields: { triggers: ['sale.created'], name: 'Sales' } });
		expect(server.calls('updateWebhook')[0]).toMatchObject({ path: '/webhooks/wh_1', body: { triggers: ['sale.created'], name: 'Sales' } });
		expect((await run({ resource: 'webhook', operation: 'delete', webhookId: byId('wh_2') })).items).toEqual([{ deleted: true, id: 'wh_2' }]);
	});

	it('searches webhooks by name or URL for the From List mode', async () => {
		server.on('listWebhooks', { body: [webhook('wh_1'), webhook('wh_2', { name: 'Slack', url: 'https://hooks.slack.com/x' })] });
		const found = await runListSearch({ type: 'dub', method: 'searchWebhooks', credentials: dubCredentials(server), filter: 'slack' });
		expect(found.results).toEqual([{ name: 'Slack', value: 'wh_2', url: 'https://hooks.slack.com/x' }]);
	});
});

describe('Dub › Discount Code', () => {
	const code = { id: 'dc_1', code: 'JANE20', partnerId: 'pn_1', linkId: 'link_1', discountId: 'disc_1' };

	it("creates, lists and deletes a partner's discount codes", async () => {
		server.on('createDiscountCode', ({ body }) => ({ status: 201, body: { ...code, ...body } }));
		server.on('listDiscountCodes', { body: [code] });
		server.on('deleteDiscountCode', ({ params }) => ({ body: { id: params.discountCodeId } }));

		const created = await run({
			resource: 'discountCode',
			operation: 'create',
			partnerId: byId('pn_1'),
			linkId: byId('link_1'),
			additionalFields: { code: 'JANE20' },
		});
		expect(server.calls('createDiscountCode')[0].body).toEqual({ partnerId: 'pn_1', linkId: 'link_1', code: 'JANE20' });
		expect(created.items[0]).toMatchObject({ code: 'JANE20' });

		const listed = await run({ resource: 'discountCode', operation: 'getAll', partnerId: byId('pn_1') });
		expect(server.calls('listDiscountCodes')[0].query).toEqual({ partnerId: 'pn_1' });
		expect(listed.items).toEqual([code]);

		const deleted = await run({ resource: 'discountCode', operation: 'delete', discountCodeId: 'JANE20' });
		expect(server.calls('deleteDiscountCode')[0].path).toBe('/discount-codes/JANE20');
		expect(deleted.items).toEqual([{ deleted: true, id: 'JANE20' }]);
	});
});

describe('Dub › Partner › Create Referrals Embed Token', () => {
	it('creates a token for a partner given by your own tenant ID', async () => {
		server.on('createReferralsEmbedToken', { body: { publicToken: 'dub_embed_x', expires: '2026-01-01T02:00:00.000Z' } });
		const result = await run({ resource: 'partner', operation: 'createEmbedToken', partnerId: { __rl: true, mode: 'tenantId', value: 'user_9' } });
		expect(server.calls('createReferralsEmbedToken')[0].body).toEqual({ tenantId: 'user_9' });
		expect(result.items).toEqual([{ publicToken: 'dub_embed_x', expires: '2026-01-01T02:00:00.000Z' }]);
	});
});
