import type { ContractServer } from '../contract/server';
import { runNode } from '../engine';
import { apiCalls, message, notihubAuth, notihubCredentials, startNotihubServer, uuid } from './notihubServer';

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
		parameters: { resource: 'message', ...parameters },
		credentials: notihubCredentials(server),
		...(extra as object),
	});

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const MESSAGE_ID = 'd545490f-46f7-4e31-aaa5-94d06fdf3f60';

describe('Notihub › Message', () => {
	it('sends a template to a customer with forced mechanisms and a JSON model', async () => {
		server.on('sendMessage', auth.api(() => ({ body: { messageId: MESSAGE_ID } })));
		const result = await run({
			operation: 'send',
			templateId: ' email.verification.link ',
			customerId: byId(uuid(1)),
			additionalFields: { force: ['EMAIL'], model: '{"displayName": "Sky Walk", "code": 1234}' },
		});
		expect(apiCalls(server)).toEqual(['POST /messages/']);
		expect(server.calls('sendMessage')[0].body).toEqual({
			templateId: 'email.verification.link',
			customerId: uuid(1),
			force: ['EMAIL'],
			model: { displayName: 'Sky Walk', code: 1234 },
		});
		expect(result.items).toEqual([{ messageId: MESSAGE_ID }]);
	});

	it('sends one message per item, the customer and model mapped from each item', async () => {
		let n = 0;
		server.on('sendMessage', auth.api(() => ({ body: { messageId: message(++n).messageId } })));
		const result = await run(
			{ operation: 'send', templateId: 'welcome', customerId: byId('={{ $json.id }}'), additionalFields: { model: '={{ { name: $json.name } }}' } },
			{ input: [{ id: uuid(1), name: 'Ann' }, { id: uuid(2), name: 'Bo' }] },
		);
		expect(server.calls('sendMessage').map((r) => r.body)).toEqual([
			{ templateId: 'welcome', customerId: uuid(1), model: { name: 'Ann' } },
			{ templateId: 'welcome', customerId: uuid(2), model: { name: 'Bo' } },
		]);
		expect(result.items.map((i) => i.messageId)).toEqual([message(1).messageId, message(2).messageId]);
	});

	it('refuses a model that is not a JSON object, and a blank template, before sending', async () => {
		const array = await run({ operation: 'send', templateId: 'welcome', customerId: byId(uuid(1)), additionalFields: { model: '[1, 2]' } });
		expect(array.error?.message).toBe('Model must be a JSON object, like {"plan": "pro"} (item 0)');
		const broken = await run({ operation: 'send', templateId: 'welcome', customerId: byId(uuid(1)), additionalFields: { model: '{"a": ' } });
		expect(broken.error?.message).toMatch(/^Model is not valid JSON: .* \(item 0\)$/);
		const blank = await run({ operation: 'send', templateId: '  ', customerId: byId(uuid(1)) });
		expect(blank.error?.message).toBe('Template ID is required (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it("surfaces Notihub's message for an unknown template", async () => {
		server.on('sendMessage', auth.api(() => ({ status: 404, body: { code: 404, message: 'Template Not found' } })));
		const result = await run({ operation: 'send', templateId: 'nope', customerId: byId(uuid(1)) });
		expect(result.error?.message).toBe('Template Not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('gets a message with its deliveries', async () => {
		server.on('getMessage', auth.api(() => ({ body: { ...message(1), messageId: MESSAGE_ID } })));
		const result = await run({ operation: 'get', messageId: byId(MESSAGE_ID) });
		expect(apiCalls(server)).toEqual([`GET /messages/${MESSAGE_ID}/`]);
		expect(result.items).toEqual([{ ...message(1), messageId: MESSAGE_ID }]);
	});

	it('gets many messages filtered by customer and template', async () => {
		server.on('listMessages', auth.api(() => ({ body: [message(1), message(2)] })));
		const result = await run({
			operation: 'getAll',
			limit: 10,
			filters: { customerId: uuid(1), templateId: ' users.membership.purchased ' },
		});
		expect(server.calls('listMessages').map((r) => r.query)).toEqual([
			{ customerId: uuid(1), templateId: 'users.membership.purchased', page: '0', limit: '10' },
		]);
		expect(result.items).toEqual([message(1), message(2)]);
	});

	it('Return All stops at an empty page when the total is a multiple of 200', async () => {
		const all = Array.from({ length: 400 }, (_, i) => message(i + 1));
		server.on('listMessages', auth.api(({ query }) => ({
			body: all.slice(Number(query.page) * 200, (Number(query.page) + 1) * 200),
		})));
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(400);
		expect(result.items[399]).toEqual(message(400));
		expect(server.calls('listMessages').map((r) => r.query.page)).toEqual(['0', '1', '2']);
	});

	it('refuses a customer filter that is not a customer UUID', async () => {
		const result = await run({ operation: 'getAll', limit: 5, filters: { customerId: 'user_1' } });
		expect(result.error?.message).toBe('Customer ID must be a Notihub customer ID (a UUID), got "user_1" (item 0)');
		expect(server.requests).toHaveLength(0);
	});
});
