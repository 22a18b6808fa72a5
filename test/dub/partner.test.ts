import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { dubCredentials, link, startDubServer } from './dubServer';
import { locator, partner, partnerLink } from './partnerFixtures';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: IDataObject, extra: { input?: IDataObject[]; continueOnFail?: boolean } = {}) =>
	runNode({ type: 'dub', parameters: { resource: 'partner', ...parameters }, credentials: dubCredentials(server), ...extra });

describe('Dub › Partner', () => {
	it('creates or updates a partner by email with every partner field and grouped link properties', async () => {
		server.on('createPartner', ({ body }) => ({ status: 201, body: { ...partner(42), email: body.email, name: body.name } }));
		const result = await run({
			operation: 'upsert',
			email: ' jane@example.com ',
			additionalFields: {
				name: 'Jane Doe',
				username: 'jane',
				image: 'https://acme.com/jane.png',
				tenantId: 'user_42',
				groupId: 'grp_123',
				country: 'de',
				description: 'Writes about SaaS pricing',
			},
			linkProps: {
				externalId: 'ext-42',
				tenantId: 'user_42',
				prefix: '/c/',
				archived: false,
				tagIds: 'tag_1, tag_2',
				tagNames: 'partner',
				comments: 'VIP partner',
				expiresAt: '2027-01-01T00:00:00',
				expiredUrl: 'https://acme.com/expired',
				password: 's3cret',
				proxy: true,
				title: 'Acme',
				description: 'Acme, by Jane',
				image: 'https://acme.com/og.png',
				video: 'https://acme.com/og.mp4',
				rewrite: true,
				ios: 'https://apps.apple.com/app/acme',
				android: 'https://play.google.com/store/apps/acme',
				doIndex: true,
				testVariants: {
					variants: [
						{ url: 'https://acme.com/a', percentage: 30 },
						{ url: 'https://acme.com/b', percentage: 70 },
					],
				},
				testStartedAt: '2026-03-01T00:00:00',
				testCompletedAt: '2026-04-01T00:00:00',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = server.calls('createPartner');
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/partners');
		expect(request.body).toEqual({
			email: 'jane@example.com',
			name: 'Jane Doe',
			username: 'jane',
			image: 'https://acme.com/jane.png',
			tenantId: 'user_42',
			groupId: 'grp_123',
			country: 'DE',
			description: 'Writes about SaaS pricing',
			linkProps: {
				externalId: 'ext-42',
				tenantId: 'user_42',
				prefix: '/c/',
				archived: false,
				tagIds: ['tag_1', 'tag_2'],
				tagNames: ['partner'],
				comments: 'VIP partner',
				expiresAt: '2027-01-01T00:00:00',
				expiredUrl: 'https://acme.com/expired',
				password: 's3cret',
				proxy: true,
				title: 'Acme',
				description: 'Acme, by Jane',
				image: 'https://acme.com/og.png',
				video: 'https://acme.com/og.mp4',
				rewrite: true,
				ios: 'https://apps.apple.com/app/acme',
				android: 'https://play.google.com/store/apps/acme',
				doIndex: true,
				testVariants: [
					{ url: 'https://acme.com/a', percentage: 30 },
					{ url: 'https://acme.com/b', percentage: 70 },
				],
				testStartedAt: '2026-03-01T00:00:00',
				testCompletedAt: '2026-04-01T00:00:00',
			},
		});
		expect(result.items).toEqual([{ ...partner(42), email: 'jane@example.com', name: 'Jane Doe' }]);
	});

	it('creates a partner with only an email', async () => {
		server.on('createPartner', ({ body }) => ({ status: 201, body: { ...partner(1), email: body.email } }));
		const result = await run({ operation: 'upsert', email: 'solo@example.com' });
		expect(server.calls('createPartner')[0].body).toEqual({ email: 'solo@example.com' });
		expect(result.items).toEqual([{ ...partner(1), email: 'solo@example.com' }]);
	});

	it('gets many partners with every filter, and Limit caps the page size and the output', async () => {
		server.on('listPartners', { body: [1, 2, 3, 4, 5].map(partner) });
		const result = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			filters: {
				status: 'approved',
				country: 'us',
				groupId: 'grp_123',
				email: 'partner1@example.com',
				tenantId: 'tenant_1',
				search: 'Partner',
				sortBy: 'totalClicks',
				sortOrder: 'asc',
			},
		});
		expect(result.items.map((p) => p.id)).toEqual(['pn_000001', 'pn_000002', 'pn_000003']);
		expect(server.calls('listPartners')).toHaveLength(1);
		expect(server.calls('listPartners')[0].query).toEqual({
			status: 'approved',
			country: 'US',
			groupId: 'grp_123',
			email: 'partner1@example.com',
			tenantId: 'tenant_1',
			search: 'Partner',
			sortBy: 'totalClicks',
			sortOrder: 'asc',
			page: '1',
			pageSize: '3',
		});
	});

	it('Return All walks the 1-based pages of 100 until a short page', async () => {
		const all = Array.from({ length: 250 }, (_, i) => partner(i + 1));
		server.on('listPartners', ({ query }) => {
			const size = Number(query.pageSize);
			const start = (Number(query.page) - 1) * size;
			return { body: all.slice(start, start + size) };
		});
		const result = await run({ operation: 'getAll', returnAll: true, filters: { status: 'approved' } });
		expect(result.items).toHaveLength(250);
		expect(result.items).toEqual(all);
		expect(server.calls('listPartners').map((r) => r.query)).toEqual([
			{ status: 'approved', page: '1', pageSize: '100' },
			{ status: 'approved', page: '2', pageSize: '100' },
			{ status: 'approved', page: '3', pageSize: '100' },
		]);
	});

	it('Return All stops after a full last page once Dub answers an empty one', async () => {
		const all = Array.from({ length: 200 }, (_, i) => partner(i + 1));
		server.on('listPartners', ({ query }) => {
			const start = (Number(query.page) - 1) * 100;
			return { body: all.slice(start, start + 100) };
		});
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(200);
		expect(server.calls('listPartners').map((r) => r.query.page)).toEqual(['1', '2', '3']);
	});

	it('creates a link for a partner given by ID, with link properties', async () => {
		server.on('createPartnerLink', ({ body }) => ({ body: { ...partnerLink(1, body.partnerId), key: body.key } }));
		const result = await run({
			operation: 'createLink',
			partnerId: locator('id', 'pn_000001'),
			additionalFields: { url: 'https://acme.com/pricing', key: 'jane-pricing', comments: 'Pricing page' },
			linkProps: { tagNames: 'pricing, q3', archived: false },
		});
		const [request] = server.calls('createPartnerLink');
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/partners/links');
		expect(request.body).toEqual({
			partnerId: 'pn_000001',
			url: 'https://acme.com/pricing',
			key: 'jane-pricing',
			comments: 'Pricing page',
			linkProps: { tagNames: ['pricing', 'q3'], archived: false },
		});
		expect(result.items).toEqual([{ ...partnerLink(1, 'pn_000001'), key: 'jane-pricing' }]);
	});

	it("creates a link with the program's default URL when none is given", async () => {
		server.on('createPartnerLink', ({ body }) => ({ body: partnerLink(2, body.partnerId) }));
		const result = await run({ operation: 'createLink', partnerId: locator('list', 'pn_000002') });
		expect(server.calls('createPartnerLink')[0].body).toEqual({ partnerId: 'pn_000002' });
		expect(result.items).toEqual([partnerLink(2, 'pn_000002')]);
	});

	it('creates or updates a link for a partner given by tenant ID, sending tenantId instead of partnerId', async () => {
		server.on('upsertPartnerLink', ({ body }) => ({ body: link(3, { ...partnerLink(3, 'pn_000003'), url: body.url }) }));
		const result = await run({
			operation: 'upsertLink',
			partnerId: locator('tenantId', 'user_42'),
			url: 'https://acme.com/blog',
			additionalFields: { key: 'jane-blog' },
			linkProps: { externalId: 'blog-42', proxy: false },
		});
		const [request] = server.calls('upsertPartnerLink');
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/partners/links/upsert');
		expect(request.body).toEqual({
			tenantId: 'user_42',
			url: 'https://acme.com/blog',
			key: 'jane-blog',
			linkProps: { externalId: 'blog-42', proxy: false },
		});
		expect(result.items).toEqual([link(3, { ...partnerLink(3, 'pn_000003'), url: 'https://acme.com/blog' })]);
	});

	it("gets a partner's links as one item per link", async () => {
		server.on('retrievePartnerLinks', ({ query }) => ({ body: [partnerLink(1, String(query.partnerId)), partnerLink(2, String(query.partnerId))] }));
		const result = await run({ operation: 'getLinks', partnerId: locator('list', 'pn_000003') });
		const [request] = server.calls('retrievePartnerLinks');
		expect(request.path).toBe('/partners/links');
		expect(request.query).toEqual({ partnerId: 'pn_000003' });
		expect(result.items).toEqual([partnerLink(1, 'pn_000003'), partnerLink(2, 'pn_000003')]);
	});

	it('gets the totals of a partner over a preset interval in a time zone', async () => {
		const totals = { clicks: 120, leads: 12, sales: 3, saleAmount: 29700, earnings: 5940 };
		server.on('retrievePartnerAnalytics', { body: totals });
		const result = await run({
			operation: 'getAnalytics',
			partnerId: locator('id', 'pn_000007'),
			groupBy: 'count',
			timeRange: 'interval',
			interval: '30d',
			options: { timezone: 'America/New_York', query: "metadata['plan']:'pro'" },
		});
		const [request] = server.calls('retrievePartnerAnalytics');
		expect(request.path).toBe('/partners/analytics');
		expect(request.query).toEqual({
			partnerId: 'pn_000007',
			groupBy: 'count',
			interval: '30d',
			timezone: 'America/New_York',
			query: "metadata['plan']:'pro'",
		});
		expect(result.items).toEqual([totals]);
	});

	it('gets a timeseries of a partner given by tenant ID between two dates, one item per bucket', async () => {
		const buckets = ['2026-01-01', '2026-01-02', '2026-01-03'].map((day, i) => ({
			start: `${day}T00:00:00.000Z`,
			clicks: i,
			leads: 0,
			sales: 0,
			saleAmount: 0,
			earnings: 0,
		}));
		server.on('retrievePartnerAnalytics', { body: buckets });
		const result = await run({
			operation: 'getAnalytics',
			partnerId: locator('tenantId', 'user_42'),
			groupBy: 'timeseries',
			timeRange: 'custom',
			start: '2026-01-01T00:00:00',
			end: '2026-01-03T23:59:59',
		});
		expect(server.calls('retrievePartnerAnalytics')[0].query).toEqual({
			tenantId: 'user_42',
			groupBy: 'timeseries',
			start: '2026-01-01T00:00:00',
			end: '2026-01-03T23:59:59',
		});
		expect(result.items).toEqual(buckets);
	});

	it("gets a partner's top links", async () => {
		const top = [partnerLink(5), partnerLink(4)].map(({ conversions, ...l }) => ({ ...l, link: l.id, createdAt: '2026-01-01T00:00:00.000Z', earnings: 0 }));
		server.on('retrievePartnerAnalytics', { body: top });
		const result = await run({ operation: 'getAnalytics', partnerId: locator('list', 'pn_000001'), groupBy: 'top_links', interval: 'all' });
		expect(server.calls('retrievePartnerAnalytics')[0].query).toEqual({ partnerId: 'pn_000001', groupBy: 'top_links', interval: 'all' });
		expect(result.items).toEqual(top);
	});

	it('bans a partner with a reason from the list', async () => {
		server.on('banPartner', ({ body }) => ({ body: { partnerId: body.partnerId } }));
		const result = await run({ operation: 'ban', partnerId: locator('id', 'pn_000009'), reason: 'fake_traffic' });
		const [request] = server.calls('banPartner');
		expect(request.path).toBe('/partners/ban');
		expect(request.body).toEqual({ partnerId: 'pn_000009', reason: 'fake_traffic' });
		expect(result.items).toEqual([{ partnerId: 'pn_000009' }]);
	});

	it('deactivates a partner given by tenant ID', async () => {
		server.on('deactivatePartner', { body: { partnerId: 'pn_000010' } });
		const result = await run({ operation: 'deactivate', partnerId: locator('tenantId', 'user_10') });
		const [request] = server.calls('deactivatePartner');
		expect(request.path).toBe('/partners/deactivate');
		expect(request.body).toEqual({ tenantId: 'user_10' });
		expect(result.items).toEqual([{ partnerId: 'pn_000010' }]);
	});

	it("surfaces Dub's own error message", async () => {
		server.on('deactivatePartner', {
			status: 404,
			body: { error: { code: 'not_found', message: 'Partner not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } },
		});
		const result = await run({ operation: 'deactivate', partnerId: locator('id', 'pn_missing') });
		expect(result.error?.message).toBe('Partner not found.');
		expect(result.error?.description).toContain('not_found');
	});

	describe('refuses bad input before sending, naming the field and the item', () => {
		it('a malformed email on the second item', async () => {
			server.on('createPartner', ({ body }) => ({ status: 201, body: { ...partner(1), email: body.email } }));
			const result = await run(
				{ operation: 'upsert', email: '={{ $json.email }}' },
				{ input: [{ email: 'ok@example.com' }, { email: 'not-an-email' }] },
			);
			expect(result.error?.message).toBe('Email is not a valid email address: "not-an-email" (item 1)');
			expect(server.calls('createPartner').map((r) => r.body)).toEqual([{ email: 'ok@example.com' }]);
		});

		it('a partner ID that is not one, typed in (n8n flags the parameter) or from an expression (checked per item)', async () => {
			await expect(run({ operation: 'ban', partnerId: locator('id', 'user_42'), reason: 'spam' })).rejects.toThrow(
				'A Dub partner ID starts with pn_',
			);
			server.on('banPartner', ({ body }) => ({ body: { partnerId: body.partnerId } }));
			const result = await run(
				{ operation: 'ban', partnerId: locator('id', '={{ $json.partner }}'), reason: 'spam' },
				{ input: [{ partner: 'pn_000001' }, { partner: 'user_42' }] },
			);
			expect(result.error?.message).toBe('Partner is not a Dub partner ID (they start with pn_): "user_42" (item 1)');
			expect(server.calls('banPartner').map((r) => r.body)).toEqual([{ partnerId: 'pn_000001', reason: 'spam' }]);
		});

		it('an empty partner', async () => {
			const result = await run({ operation: 'getLinks', partnerId: locator('tenantId', '  ') });
			expect(result.error?.message).toBe('Partner is required (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('an unknown time zone', async () => {
			const result = await run({
				operation: 'getAnalytics',
				partnerId: locator('id', 'pn_000001'),
				options: { timezone: 'Mars/Olympus_Mons' },
			});
			expect(result.error?.message).toBe('Timezone is not an IANA time zone: "Mars/Olympus_Mons" (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('an end date before the start date', async () => {
			const result = await run({
				operation: 'getAnalytics',
				partnerId: locator('id', 'pn_000001'),
				timeRange: 'custom',
				start: '2026-02-01T00:00:00',
				end: '2026-01-01T00:00:00',
			});
			expect(result.error?.message).toBe('End is before Start (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('a custom range whose start an expression left empty', async () => {
			const result = await run(
				{ operation: 'getAnalytics', partnerId: locator('id', 'pn_000001'), timeRange: 'custom', start: '={{ $json.since }}' },
				{ input: [{ since: '' }] },
			);
			expect(result.error?.message).toBe('Start is required (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('a single A/B test variant', async () => {
			const result = await run({
				operation: 'upsertLink',
				partnerId: locator('id', 'pn_000001'),
				url: 'https://acme.com',
				linkProps: { testVariants: { variants: [{ url: 'https://acme.com/a', percentage: 50 }] } },
			});
			expect(result.error?.message).toBe('A/B Test Variants must list 2 to 4 destinations, got 1 (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('a URL that an expression left empty on Create or Update Link', async () => {
			const result = await run(
				{ operation: 'upsertLink', partnerId: locator('id', 'pn_000001'), url: '={{ $json.url }}' },
				{ input: [{ url: '' }] },
			);
			expect(result.error?.message).toBe('URL is required (item 0)');
			expect(server.requests).toHaveLength(0);
		});
	});
});
