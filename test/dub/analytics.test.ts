import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { dubAnswers, dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>) =>
	runNode({ type: 'dub', parameters, credentials: dubCredentials(server) });

describe('Dub › Analytics', () => {
	it('returns one item per row of a breakdown, with the event, grouping, interval and filters sent', async () => {
		const rows = dubAnswers.complete('retrieveAnalytics', [
			{ country: 'US', clicks: 120 },
			{ country: 'DE', clicks: 30 },
			{ country: 'FR', clicks: 7 },
		]);
		server.on('retrieveAnalytics', { body: rows });
		const result = await run({
			resource: 'analytics',
			operation: 'get',
			event: 'clicks',
			groupBy: 'countries',
			timeRange: 'interval',
			interval: '7d',
			filters: { domain: 'acme.link', tagIds: 'tag_1', timezone: 'Europe/Berlin', utmSource: 'newsletter' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual(rows);
		expect(server.calls('retrieveAnalytics')[0].query).toEqual({
			event: 'clicks',
			groupBy: 'countries',
			interval: '7d',
			domain: 'acme.link',
			tagIds: 'tag_1',
			timezone: 'Europe/Berlin',
			utm_source: 'newsletter',
		});
	});

	it('returns the totals as one item, for custom dates', async () => {
		server.on('retrieveAnalytics', { body: { clicks: 10, leads: 3, sales: 1, saleAmount: 4900 } });
		const result = await run({
			resource: 'analytics',
			operation: 'get',
			event: 'composite',
			groupBy: 'count',
			timeRange: 'custom',
			start: '2026-01-01T00:00:00Z',
			end: '2026-01-31T23:59:59Z',
		});
		expect(result.items).toEqual([{ clicks: 10, leads: 3, sales: 1, saleAmount: 4900 }]);
		const { query } = server.calls('retrieveAnalytics')[0];
		expect(query).toEqual({ event: 'composite', groupBy: 'count', start: '2026-01-01T00:00:00Z', end: '2026-01-31T23:59:59Z' });
	});

	it('refuses an end before the start, and an unknown time zone, before sending', async () => {
		const backwards = await run({
			resource: 'analytics',
			operation: 'get',
			timeRange: 'custom',
			start: '2026-02-01T00:00:00Z',
			end: '2026-01-01T00:00:00Z',
		});
		expect(backwards.error?.message).toBe('End is before Start (item 0)');
		const zone = await run({ resource: 'analytics', operation: 'get', filters: { timezone: 'Mars/Olympus' } });
		expect(zone.error?.message).toBe('Timezone is not an IANA time zone: "Mars/Olympus" (item 0)');
		expect(server.requests).toHaveLength(0);
	});
});

describe('Dub › Event › Get Many', () => {
	const click = (n: number) =>
		dubAnswers.record('listEvents', { event: 'click', timestamp: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}Z`, click: { id: `clk_${n}` } });

	it('Return All walks page by page, 1,000 events a page, until a short page', async () => {
		const all = Array.from({ length: 1500 }, (_, i) => click(i + 1));
		server.on('listEvents', ({ query }) => {
			const page = Number(query.page);
			const limit = Number(query.limit);
			return { body: all.slice((page - 1) * limit, page * limit) };
		});
		const result = await run({
			resource: 'event',
			operation: 'getAll',
			event: 'clicks',
			returnAll: true,
			timeRange: 'interval',
			interval: '30d',
			filters: { linkId: 'link_1', sortOrder: 'asc' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1500);
		expect(result.items[1499]).toEqual(click(1500));
		expect(server.calls('listEvents').map((r) => r.query)).toEqual([
			{ event: 'clicks', interval: '30d', linkId: 'link_1', sortOrder: 'asc', page: '1', limit: '1000' },
			{ event: 'clicks', interval: '30d', linkId: 'link_1', sortOrder: 'asc', page: '2', limit: '1000' },
		]);
	});

	it('Limit asks for that many events only', async () => {
		server.on('listEvents', ({ query }) => ({ body: Array.from({ length: Number(query.limit) }, (_, i) => click(i)) }));
		const result = await run({ resource: 'event', operation: 'getAll', event: 'sales', returnAll: false, limit: 5 });
		expect(result.items).toHaveLength(5);
		expect(server.calls('listEvents')[0].query).toEqual({ event: 'sales', interval: '24h', page: '1', limit: '5' });
	});
});
