import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { customer, dubAnswers, dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>) => runNode({ type: 'dub', parameters, credentials: dubCredentials(server) });

const link = (n: number) =>
	dubAnswers.record('getLinks', {
	id: `link_${n}`,
	domain: 'dub.sh',
	key: `k${n}`,
	url: `https://example.com/${n}`,
	shortLink: `https://dub.sh/k${n}`,
	externalId: null,
	tenantId: null,
	folderId: null,
	partnerId: null,
	tags: [],
	archived: false,
	expiresAt: null,
	clicks: n,
	leads: 0,
	sales: 0,
	saleAmount: 0,
	lastClicked: null,
	createdAt: '2026-01-01T00:00:00.000Z',
	qrCode: `https://api.dub.co/qr?url=https://dub.sh/k${n}`,
	utm_source: null,
	webhookIds: [],
	geo: null,
	});

describe('Dub › Link › Count', () => {
	it('outputs the total as {count}', async () => {
		server.on('getLinksCount', { body: 42 });
		const result = await run({ resource: 'link', operation: 'count', filters: { domain: 'dub.sh', tagNames: 'a, b' } });
		expect(result.items).toEqual([{ count: 42 }]);
		expect(server.calls('getLinksCount')[0].query).toEqual({ domain: 'dub.sh', tagNames: 'a,b' });
	});

	it('outputs one item per group', async () => {
		server.on('getLinksCount', { body: [{ domain: 'dub.sh', _count: 3 }, { domain: 'acme.link', _count: 5 }] });
		const result = await run({ resource: 'link', operation: 'count', groupBy: 'domain' });
		expect(result.items).toEqual([{ domain: 'dub.sh', _count: 3 }, { domain: 'acme.link', _count: 5 }]);
		expect(server.calls('getLinksCount')[0].query).toEqual({ groupBy: 'domain' });
	});
});

describe('Dub › Simplify', () => {
	it('keeps full links unless Simplify is on; on, each link keeps the usual fields', async () => {
		server.on('getLinks', { body: [link(1), link(2)] });
		const full = await run({ resource: 'link', operation: 'getAll', returnAll: false, limit: 10 });
		expect(full.items).toEqual([link(1), link(2)]);
		const simple = await run({ resource: 'link', operation: 'getAll', returnAll: false, limit: 10, simplify: true });
		expect(simple.items).toHaveLength(2);
		expect(simple.items[0]).toMatchObject({ id: 'link_1', shortLink: 'https://dub.sh/k1', url: 'https://example.com/1', clicks: 1 });
		expect(simple.items[0]).not.toHaveProperty('qrCode');
		expect(simple.items[0]).not.toHaveProperty('utm_source');
	});

	it('simplifies a customer', async () => {
		server.on('getCustomer', { body: { ...customer(5), avatar: 'https://x/y.png', stripeCustomerId: 'cus_stripe' } });
		const result = await run({ resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: 'cus_000005' }, simplify: true });
		expect(result.items).toEqual([
			{ id: 'cus_000005', externalId: 'user_5', name: 'Customer 5', email: 'customer5@example.com', country: 'US', sales: 0, saleAmount: 0, createdAt: '2026-01-01T00:00:00.000Z' },
		]);
	});
});

describe('Dub › Track › Open', () => {
	it('tracks an app open from a deep link', async () => {
		server.on('trackOpen', { body: { clickId: 'clk_1', link: { id: 'link_1', domain: 'acme.link', key: 'promo', url: 'https://acme.com' } } });
		const result = await run({ resource: 'track', operation: 'open', additionalFields: { deepLink: 'https://acme.link/promo' } });
		expect(server.calls('trackOpen')[0].body).toEqual({ deepLink: 'https://acme.link/promo' });
		expect(result.items[0]).toMatchObject({ clickId: 'clk_1' });
	});
});
