import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { customer, dubCredentials, DUB_API_KEY, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>, extra: { input?: Record<string, unknown>[]; continueOnFail?: boolean } = {}) =>
	runNode({ type: 'dub', parameters: { resource: 'customer', ...parameters }, credentials: dubCredentials(server), ...extra });

describe('Dub › Customer', () => {
	it('gets a customer by Dub ID, authenticating with the bearer key', async () => {
		server.on('getCustomer', ({ params }) => ({ body: customer(7) && { ...customer(7), id: params.id } }));
		const result = await run({ operation: 'get', customerId: { __rl: true, mode: 'id', value: 'cus_000007' } });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ ...customer(7), id: 'cus_000007' }]);
		const [request] = server.calls('getCustomer');
		expect(request.path).toBe('/customers/cus_000007');
		expect(request.headers.authorization).toBe(`Bearer ${DUB_API_KEY}`);
		expect(request.query).toEqual({});
	});

	it('gets a customer by external ID as ext_<id>, with expanded fields when asked', async () => {
		server.on('getCustomer', { body: customer(3) });
		const result = await run({
			operation: 'get',
			customerId: { __rl: true, mode: 'externalId', value: 'user_3' },
			includeExpandedFields: true,
		});
		expect(result.items).toEqual([customer(3)]);
		expect(server.calls('getCustomer')[0].path).toBe('/customers/ext_user_3');
		expect(server.calls('getCustomer')[0].query).toEqual({ includeExpandedFields: 'true' });
	});

	it('gets many customers with filters, and Limit caps the output', async () => {
		server.on('getCustomers', { body: [1, 2, 3, 4, 5].map(customer) });
		const result = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			filters: { email: 'customer1@example.com', country: 'us', sortBy: 'saleAmount', sortOrder: 'asc', includeExpandedFields: true },
		});
		expect(result.items.map((c) => c.id)).toEqual(['cus_000001', 'cus_000002', 'cus_000003']);
		expect(server.calls('getCustomers')).toHaveLength(1);
		expect(server.calls('getCustomers')[0].query).toEqual({
			email: 'customer1@example.com',
			country: 'US',
			sortBy: 'saleAmount',
			sortOrder: 'asc',
			includeExpandedFields: 'true',
			pageSize: '3',
		});
	});

	it('Return All follows the startingAfter cursor across pages until a short page', async () => {
		const all = Array.from({ length: 250 }, (_, i) => customer(i + 1));
		server.on('getCustomers', ({ query }) => {
			const start = query.startingAfter ? all.findIndex((c) => c.id === query.startingAfter) + 1 : 0;
			return { body: all.slice(start, start + Number(query.pageSize)) };
		});
		const result = await run({ operation: 'getAll', returnAll: true, filters: { search: 'Customer' } });
		expect(result.items).toHaveLength(250);
		expect(new Set(result.items.map((c) => c.id)).size).toBe(250);
		const queries = server.calls('getCustomers').map((r) => r.query);
		expect(queries).toEqual([
			{ search: 'Customer', pageSize: '100' },
			{ search: 'Customer', pageSize: '100', startingAfter: 'cus_000100' },
			{ search: 'Customer', pageSize: '100', startingAfter: 'cus_000200' },
		]);
	});

	it('updates a customer with only the fields given', async () => {
		server.on('updateCustomer', ({ body }) => ({ body: { ...customer(9), ...body } }));
		const result = await run({
			operation: 'update',
			customerId: { __rl: true, mode: 'id', value: 'cus_000009' },
			updateFields: { email: ' new@example.com ', country: 'de', name: 'New Name' },
		});
		expect(server.calls('updateCustomer')[0].body).toEqual({ email: 'new@example.com', country: 'DE', name: 'New Name' });
		expect(result.items[0]).toMatchObject({ id: 'cus_000009', email: 'new@example.com', country: 'DE' });
	});

	it('deletes a customer', async () => {
		server.on('deleteCustomer', ({ params }) => ({ body: { id: params.id } }));
		const result = await run({ operation: 'delete', customerId: { __rl: true, mode: 'list', value: 'cus_000042' } });
		expect(server.calls('deleteCustomer')[0].method).toBe('DELETE');
		expect(result.items).toEqual([{ deleted: true, id: 'cus_000042' }]);
	});

	it('creates a customer through the deprecated endpoint', async () => {
		server.on('createCustomerDeprecated', ({ body }) => ({ status: 201, body: { ...customer(1), ...body } }));
		const result = await run({
			operation: 'create',
			externalId: 'user_1',
			country: 'fr',
			additionalFields: { email: 'a@b.co', name: 'Ann' },
		});
		expect(server.calls('createCustomerDeprecated')[0].body).toEqual({ externalId: 'user_1', country: 'FR', email: 'a@b.co', name: 'Ann' });
		expect(result.items[0]).toMatchObject({ externalId: 'user_1', country: 'FR' });
	});

	it('refuses a malformed email before sending, naming the field and the item', async () => {
		server.on('updateCustomer', ({ body }) => ({ body: { ...customer(1), ...body } }));
		const result = await run(
			{ operation: 'update', customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { email: '={{ $json.email }}' } },
			{ input: [{ id: 'cus_1', email: 'ok@example.com' }, { id: 'cus_2', email: 'not-an-email' }] },
		);
		expect(result.error?.message).toBe('Email is not a valid email address: "not-an-email" (item 1)');
		expect(server.requests.map((r) => r.path)).toEqual(['/customers/cus_1']);
	});
});
