import type { ContractServer } from '../contract/server';
import { runListSearch } from '../engine/listSearch';
import { customer, dubCredentials, DUB_API_KEY, link, startDubServer } from './dubServer';
import { partner } from './partnerFixtures';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const search = (method: string, filter?: string, paginationToken?: string) =>
	runListSearch({ type: 'dub', method, credentials: dubCredentials(server), filter, paginationToken });

describe('Dub › From List searches', () => {
	it('searches customers by name or email and pages on with the last id', async () => {
		server.on('getCustomers', ({ query }) => ({
			body: Array.from({ length: query.startingAfter ? 2 : 100 }, (_, i) => customer(i + 1)),
		}));
		const first = await search('searchCustomers', 'ann');
		expect(first.results[0]).toEqual({ name: 'Customer 1 <customer1@example.com>', value: 'cus_000001' });
		expect(first.paginationToken).toBe('cus_000100');
		const second = await search('searchCustomers', 'ann', first.paginationToken as string);
		expect(second.results).toHaveLength(2);
		expect(second.paginationToken).toBeUndefined();
		expect(server.calls('getCustomers').map((r) => r.query)).toEqual([
			{ pageSize: '100', search: 'ann' },
			{ pageSize: '100', search: 'ann', startingAfter: 'cus_000100' },
		]);
		expect(server.calls('getCustomers')[0].headers.authorization).toBe(`Bearer ${DUB_API_KEY}`);
	});

	it('lists links by short link', async () => {
		server.on('getLinks', { body: [link(1, { id: 'link_1', shortLink: 'https://dub.sh/abc', url: 'https://example.com' })] });
		const result = await search('searchLinks');
		expect(result.results).toEqual([{ name: 'https://dub.sh/abc', value: 'link_1', url: 'https://example.com' }]);
		expect(server.calls('getLinks')[0].query).toEqual({ pageSize: '100' });
	});

	it('lists partners page by page', async () => {
		server.on('listPartners', { body: [{ ...partner(1), id: 'pn_1', name: 'Pat', email: 'pat@example.com' }] });
		const result = await search('searchPartners', 'pat', '2');
		expect(result.results).toEqual([{ name: 'Pat <pat@example.com>', value: 'pn_1' }]);
		expect(server.calls('listPartners')[0].query).toEqual({ pageSize: '100', page: '2', search: 'pat' });
	});

	it('shows Dub’s own error when the search fails', async () => {
		server.on('getCustomers', { status: 403, body: { error: { code: 'forbidden', message: 'Unauthorized: Need higher plan.', doc_url: 'https://dub.co/docs/api-reference/errors#forbidden' } } });
		await expect(search('searchCustomers')).rejects.toThrow('Unauthorized: Need higher plan.');
	});
});
