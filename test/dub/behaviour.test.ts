import type { ContractServer } from '../contract/server';
import { runNode } from '../engine';
import { customer, dubCredentials, DUB_API_KEY, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Dub › transport behaviour', () => {
	it('waits for X-RateLimit-Reset (epoch ms) after a 429, retries that page, and never fetches a page twice', async () => {
		const all = Array.from({ length: 230 }, (_, i) => customer(i + 1));
		let limited = false;
		server.on('getCustomers', ({ query }) => {
			if (query.startingAfter === 'cus_000100' && !limited) {
				limited = true;
				const reset = String(Date.now() + 300);
				return {
					status: 429,
					headers: { 'X-RateLimit-Reset': reset, 'Retry-After': reset, 'X-RateLimit-Remaining': '0' },
					body: { error: { code: 'rate_limit_exceeded', message: 'Too many requests.', doc_url: 'https://dub.co/docs/api-reference/errors#rate-limit_exceeded' } },
				};
			}
			const start = query.startingAfter ? all.findIndex((c) => c.id === query.startingAfter) + 1 : 0;
			return { body: all.slice(start, start + Number(query.pageSize)) };
		});
		const started = Date.now();
		const result = await runNode({ type: 'dub', parameters: { resource: 'customer', operation: 'getAll', returnAll: true }, credentials: dubCredentials(server) });

		expect(result.error).toBeUndefined();
		expect(result.items.map((c) => c.id)).toEqual(all.map((c) => c.id));
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		const cursors = server.calls('getCustomers').map((r) => r.query.startingAfter ?? 'first');
		// The limited page is asked for again; pages already read are not.
		expect(cursors).toEqual(['first', 'cus_000100', 'cus_000100', 'cus_000200']);
	});

	it('gives up after a bounded number of 429s with Dub’s message', async () => {
		server.on('getCustomer', {
			status: 429,
			headers: { 'X-RateLimit-Reset': String(Date.now() + 10) },
			body: { error: { code: 'rate_limit_exceeded', message: 'Too many requests.', doc_url: 'https://dub.co/docs/api-reference/errors#rate-limit_exceeded' } },
		});
		const result = await runNode({ type: 'dub', parameters: { resource: 'customer', operation: 'get', customerId: byId('cus_1') }, credentials: dubCredentials(server) });
		expect(server.calls('getCustomer')).toHaveLength(4);
		expect(result.error?.message).toBe('Too many requests.');
	});

	it('turns Dub’s error envelope into a NodeApiError with Dub’s message and doc link, without the API key', async () => {
		server.on('getCustomer', {
			status: 404,
			body: { error: { code: 'not_found', message: 'Customer not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } },
		});
		const result = await runNode({ type: 'dub', parameters: { resource: 'customer', operation: 'get', customerId: byId('cus_404') }, credentials: dubCredentials(server) });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Customer not found.');
		expect(result.error?.description).toContain('https://dub.co/docs/api-reference/errors#not-found');
		expect(result.error?.httpCode).toBe('404');
		expect(JSON.stringify(result.run)).not.toContain(DUB_API_KEY);
	});

	it('with Continue On Fail, a failing item becomes an error item and the other items go on', async () => {
		server.on('getCustomer', ({ params }) =>
			params.id === 'cus_missing'
				? { status: 404, body: { error: { code: 'not_found', message: 'Customer not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } } }
				: { body: { ...customer(1), id: params.id } },
		);
		const result = await runNode({
			type: 'dub',
			parameters: { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			credentials: dubCredentials(server),
			input: [{ id: 'cus_a' }, { id: 'cus_missing' }, { id: 'cus_b' }, { id: 'cus_c', email: 'x' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(4);
		expect(result.items[0]).toMatchObject({ id: 'cus_a' });
		expect(result.items[1]).toEqual({ error: 'Customer not found.' });
		expect(result.items[2]).toMatchObject({ id: 'cus_b' });
		expect(result.items[3]).toMatchObject({ id: 'cus_c' });
		expect(result.rawItems.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
	});

	it('with Continue On Fail, invalid input becomes an error item before any request for it', async () => {
		server.on('updateCustomer', ({ params, body }) => ({ body: { ...customer(1), id: params.id, ...body } }));
		const result = await runNode({
			type: 'dub',
			parameters: { resource: 'customer', operation: 'update', customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { email: '={{ $json.email }}' } },
			credentials: dubCredentials(server),
			input: [{ id: 'cus_a', email: 'a@example.com' }, { id: 'cus_b', email: 'b@@example' }],
			continueOnFail: true,
		});
		expect(result.items[0]).toMatchObject({ id: 'cus_a', email: 'a@example.com' });
		expect(result.items[1]).toEqual({ error: 'Email is not a valid email address: "b@@example" (item 1)' });
		expect(server.calls('updateCustomer').map((r) => r.path)).toEqual(['/customers/cus_a']);
	});
});
