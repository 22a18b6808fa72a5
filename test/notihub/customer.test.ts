import type { ContractServer } from '../contract/server';
import { runNode } from '../engine';
import { apiCalls, customer, notihubAuth, notihubCredentials, startNotihubServer, uuid } from './notihubServer';

let server: ContractServer;
let auth: ReturnType<typeof notihubAuth>;
beforeAll(async () => {
	server = await startNotihubServer();
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.reset();
	auth = notihubAuth(server);
});
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>, extra: { input?: Record<string, unknown>[] } = {}) =>
	runNode({
		type: 'notihub',
		parameters: { resource: 'customer', ...parameters },
		credentials: notihubCredentials(server),
		...(extra as object),
	});

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Notihub › Customer', () => {
	it('creates a customer with contacts and additional fields, sent with the exchanged bearer token', async () => {
		server.on('createCustomer', auth.api(({ body }) => ({ status: 201, body: { customerId: uuid(1), ...body } })));
		const result = await run({
			operation: 'create',
			externalId: ' user_1 ',
			contacts: {
				contact: [
					{ type: 'EMAIL', value: ' ann@example.com ', primary: true, verified: true },
					{ type: 'PHONE', value: '+5491155550000', primary: false, verified: false },
				],
			},
			additionalFields: { language: 'es_AR', metadata: 'plan=gold', status: 'DISABLED' },
		});
		expect(result.error).toBeUndefined();
		const [request] = server.calls('createCustomer');
		expect(request.headers.authorization).toBe('Bearer token_1');
		expect(request.path).toBe('/customers/');
		expect(request.body).toEqual({
			externalId: 'user_1',
			contacts: [
				{ type: 'EMAIL', value: 'ann@example.com', primary: true, verified: true },
				{ type: 'PHONE', value: '+5491155550000', primary: false, verified: false },
			],
			language: 'es_AR',
			metadata: 'plan=gold',
			status: 'DISABLED',
		});
		expect(result.items).toEqual([{ customerId: uuid(1), ...request.body }]);
	});

	it('creates a customer known only by an email contact; a new contact is primary unless said otherwise', async () => {
		server.on('createCustomer', auth.api(({ body }) => ({ status: 201, body: { customerId: uuid(2), ...body } })));
		const result = await run({ operation: 'create', contacts: { contact: [{ type: 'EMAIL', value: 'bo@example.com' }] } });
		expect(server.calls('createCustomer')[0].body).toEqual({
			contacts: [{ type: 'EMAIL', value: 'bo@example.com', primary: true, verified: false }],
		});
		expect(result.items[0]).toMatchObject({ customerId: uuid(2) });
	});

	it('refuses a customer with no external ID, email or phone before sending anything', async () => {
		const result = await run({ operation: 'create', contacts: { contact: [{ type: 'PUSH', value: 'push-token' }] } });
		expect(result.error?.message).toBe('External ID is required when the customer has no email or phone contact (item 0)');
		expect(result.error?.description).toMatch(/external ID, an email or a phone number/);
		expect(server.requests).toHaveLength(0);
	});

	it('refuses a malformed email and a second primary contact of one type, naming the contact', async () => {
		const badEmail = await run({
			operation: 'create',
			externalId: 'user_3',
			contacts: { contact: [{ type: 'EMAIL', value: 'not-an-email' }] },
		});
		expect(badEmail.error?.message).toBe('Contact › Value is not a valid email address: "not-an-email" (item 0)');
		const twoPrimaries = await run({
			operation: 'create',
			contacts: {
				contact: [
					{ type: 'EMAIL', value: 'a@example.com', primary: true },
					{ type: 'EMAIL', value: 'b@example.com', primary: true },
				],
			},
		});
		expect(twoPrimaries.error?.message).toBe('Contact 2 › Value is a second primary EMAIL contact (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('gets a customer by ID', async () => {
		server.on('getCustomer', auth.api(({ params }) => ({ body: { ...customer(7), customerId: params.customerId } })));
		const result = await run({ operation: 'get', customerId: byId(uuid(7)) });
		expect(apiCalls(server)).toEqual([`GET /customers/${uuid(7)}`]);
		expect(result.items).toEqual([customer(7)]);
	});

	it('refuses an ID that is not a Notihub UUID, pointing to Get Many for external IDs', async () => {
		const result = await run(
			{ operation: 'get', customerId: byId('={{ $json.id }}') },
			{ input: [{ id: 'user_7' }] },
		);
		expect(result.error?.message).toBe('Customer must be a Notihub ID (a UUID), got "user_7" (item 0)');
		expect(result.error?.description).toMatch(/Customer › Get Many with Search/);
		expect(server.requests).toHaveLength(0);
	});

	it('surfaces Notihub\'s own message when the customer is unknown', async () => {
		server.on('getCustomer', auth.api(() => ({ status: 404, body: { code: 404, message: 'Customer Not found' } })));
		const result = await run({ operation: 'get', customerId: { __rl: true, mode: 'list', value: uuid(404) } });
		expect(result.error?.message).toBe('Customer Not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('updates only the fields given: the others are read first and sent unchanged, because the update is a PUT', async () => {
		const current = { ...customer(9), metadata: 'vip', language: 'en_US' };
		server.on('getCustomer', auth.api(() => ({ body: current })));
		server.on('updateCustomer', auth.api(({ body }) => ({ body: { ...current, ...body } })));
		const result = await run({ operation: 'update', customerId: byId(uuid(9)), updateFields: { status: 'DISABLED' } });
		expect(apiCalls(server)).toEqual([`GET /customers/${uuid(9)}`, `PUT /customers/${uuid(9)}`]);
		expect(server.calls('updateCustomer')[0].body).toEqual({
			externalId: 'user_9',
			status: 'DISABLED',
			language: 'en_US',
			metadata: 'vip',
		});
		expect(result.items).toEqual([{ ...current, status: 'DISABLED' }]);
	});

	it('an update can clear a field by setting it empty', async () => {
		const current = { ...customer(4), metadata: 'old' };
		server.on('getCustomer', auth.api(() => ({ body: current })));
		server.on('updateCustomer', auth.api(({ body }) => ({ body: { ...current, ...body } })));
		await run({ operation: 'update', customerId: byId(uuid(4)), updateFields: { metadata: '', externalId: 'user_4b' } });
		expect(server.calls('updateCustomer')[0].body).toEqual({
			externalId: 'user_4b',
			metadata: '',
			status: 'ENABLED',
			language: 'en_US',
		});
	});

	it('deletes a customer and says so', async () => {
		server.on('deleteCustomer', auth.api(() => ({ body: {} })));
		const result = await run({ operation: 'delete', customerId: byId(uuid(5)) });
		expect(apiCalls(server)).toEqual([`DELETE /customers/${uuid(5)}`]);
		expect(result.items).toEqual([{ deleted: true, id: uuid(5) }]);
	});

	it('gets many customers with search and Enabled Only; Limit caps the output and the page size', async () => {
		server.on('listCustomers', auth.api(() => ({ body: [1, 2, 3, 4].map(customer) })));
		const result = await run({ operation: 'getAll', returnAll: false, limit: 3, filters: { search: 'example.com', actives: true } });
		expect(result.items.map((c) => c.customerId)).toEqual([uuid(1), uuid(2), uuid(3)]);
		expect(server.calls('listCustomers').map((r) => r.query)).toEqual([
			{ search: 'example.com', actives: 'true', page: '0', limit: '3' },
		]);
	});

	it('Return All walks pages from 0 with limit 200 until a short page', async () => {
		const all = Array.from({ length: 450 }, (_, i) => customer(i + 1));
		server.on('listCustomers', auth.api(({ query }) => {
			const size = Number(query.limit);
			return { body: all.slice(Number(query.page) * size, (Number(query.page) + 1) * size) };
		}));
		const result = await run({ operation: 'getAll', returnAll: true, filters: { actives: false } });
		expect(result.items).toHaveLength(450);
		expect(new Set(result.items.map((c) => c.customerId)).size).toBe(450);
		expect(result.items[0]).toEqual(customer(1));
		expect(server.calls('listCustomers').map((r) => r.query)).toEqual([
			{ page: '0', limit: '200' },
			{ page: '1', limit: '200' },
			{ page: '2', limit: '200' },
		]);
		expect(server.calls('createAccessToken')).toHaveLength(1);
	});

	it('waits and retries a page that Notihub answers with 429', async () => {
		let answered = 0;
		server.on('listCustomers', auth.api(() =>
			answered++ === 0
				? { status: 429, headers: { 'retry-after': '0' }, body: { code: 429, message: 'Too Many Requests' } }
				: { body: [customer(1)] },
		));
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.items).toEqual([customer(1)]);
		expect(server.calls('listCustomers')).toHaveLength(2);
	});
});
