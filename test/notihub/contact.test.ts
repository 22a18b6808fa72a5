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
		parameters: { resource: 'contact', ...parameters },
		credentials: notihubCredentials(server),
		...(extra as object),
	});

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const withTwoContacts = {
	...customer(3),
	contacts: [
		{ contactId: 31, type: 'EMAIL', value: 'customer3@example.com', primary: true, verified: true },
		{ contactId: 32, type: 'PHONE', value: '+15550003', primary: true, verified: false },
	],
};

describe('Notihub › Contact', () => {
	it('adds a contact to a customer', async () => {
		server.on('createContact', auth.api(({ body }) => ({ status: 201, body: { contactId: 33, ...body } })));
		const result = await run({
			operation: 'add',
			customerId: byId(uuid(3)),
			type: 'PUSH',
			value: ' device-token-abc ',
			primary: false,
			verified: true,
		});
		expect(apiCalls(server)).toEqual([`POST /customers/${uuid(3)}/contacts`]);
		expect(server.calls('createContact')[0].body).toEqual({ type: 'PUSH', value: 'device-token-abc', primary: false, verified: true });
		expect(result.items).toEqual([{ contactId: 33, type: 'PUSH', value: 'device-token-abc', primary: false, verified: true }]);
	});

	it('refuses to add a malformed email before sending', async () => {
		const result = await run({ operation: 'add', customerId: byId(uuid(3)), type: 'EMAIL', value: 'nobody@' });
		expect(result.error?.message).toBe('Value is not a valid email address: "nobody@" (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('updates a contact: fields left out keep the values the customer has now', async () => {
		server.on('getCustomer', auth.api(() => ({ body: withTwoContacts })));
		server.on('updateContact', auth.api(({ params, body }) => ({ body: { contactId: Number(params.contactId), ...body } })));
		const result = await run({
			operation: 'update',
			customerId: byId(uuid(3)),
			contactId: { __rl: true, mode: 'list', value: '32' },
			updateFields: { value: '+15559999', verified: true },
		});
		expect(apiCalls(server)).toEqual([`GET /customers/${uuid(3)}`, `PUT /customers/${uuid(3)}/contacts/32`]);
		expect(server.calls('updateContact')[0].body).toEqual({ value: '+15559999', verified: true, type: 'PHONE', primary: true });
		expect(result.items).toEqual([{ contactId: 32, type: 'PHONE', value: '+15559999', primary: true, verified: true }]);
	});

	it('does not send an update for a contact the customer does not have', async () => {
		server.on('getCustomer', auth.api(() => ({ body: withTwoContacts })));
		const result = await run({
			operation: 'update',
			customerId: byId(uuid(3)),
			contactId: byId('99'),
			updateFields: { primary: false },
		});
		expect(result.error?.message).toBe("Contact 99 is not one of this customer's contacts");
		expect(apiCalls(server)).toEqual([`GET /customers/${uuid(3)}`]);
	});

	it('refuses a contact ID that is not a number', async () => {
		const result = await run(
			{ operation: 'delete', customerId: byId(uuid(3)), contactId: byId('={{ $json.contact }}') },
			{ input: [{ contact: 'customer3@example.com' }] },
		);
		expect(result.error?.message).toBe('Contact must be a numeric contact ID, got "customer3@example.com" (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('deletes a contact and says so', async () => {
		server.on('deleteContact', auth.api(() => ({ body: {} })));
		const result = await run({ operation: 'delete', customerId: byId(uuid(3)), contactId: byId('31') });
		expect(apiCalls(server)).toEqual([`DELETE /customers/${uuid(3)}/contacts/31`]);
		expect(result.items).toEqual([{ deleted: true, id: '31' }]);
	});

	it("surfaces Notihub's message when the contact entry is gone", async () => {
		server.on('deleteContact', auth.api(() => ({ status: 404, body: { code: 404, message: 'Contact Entry Not found' } })));
		const result = await run({ operation: 'delete', customerId: byId(uuid(3)), contactId: byId('77') });
		expect(result.error?.message).toBe('Contact Entry Not found');
		expect(result.error?.httpCode).toBe('404');
	});
});
