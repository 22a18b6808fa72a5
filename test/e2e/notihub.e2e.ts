/**
 * The Notihub node inside a real n8n, run with `n8n execute` against the Notihub contract server. Notihub's
 * credential trades four keys for an access token (`preAuthentication`, an expirable field): here n8n itself does the
 * exchange, stores the token in the credential in its database, uses it in the next run, and trades again once
 * Notihub refuses it.
 */
import type { ContractRequest, ContractServer } from '../contract/server';
import { customer, KEYS, message, notihubAuth, notihubCredentials, startNotihubServer, uuid } from '../notihub/notihubServer';
import { itemsOf, manualTrigger, N8nInstance, PACKAGE_NAME, workflowFile, type WorkflowNode } from './helpers';

const credential = { id: 'NotihubE2eCrede1', name: 'Notihub (contract server)' };
const MESSAGE_ID = message(1).messageId;

let server: ContractServer;
let auth: ReturnType<typeof notihubAuth>;
let n8n: N8nInstance;

const notihubNode = (name: string, parameters: Record<string, unknown>): WorkflowNode => ({
	name,
	type: `${PACKAGE_NAME}.notihub`,
	typeVersion: 1,
	parameters,
	credentials: { notihubApi: credential },
});
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

beforeAll(async () => {
	server = await startNotihubServer();
	auth = notihubAuth(server);
	server
		.on('createCustomer', auth.api(({ body }: ContractRequest) => ({ status: 201, body: { customerId: uuid(7), status: 'ENABLED', ...body } })))
		.on('sendMessage', auth.api(() => ({ body: { messageId: MESSAGE_ID } })))
		.on('getMessage', auth.api(({ params }: ContractRequest) => ({ body: { ...message(1, uuid(7)), messageId: params.messageId } })))
		.on('getCustomer', auth.api(({ params }: ContractRequest) => ({ body: { ...customer(7), customerId: params.customerId } })));
	n8n = await new N8nInstance().install();
	await n8n.importCredentials([{ ...credential, type: 'notihubApi', data: notihubCredentials(server).notihubApi }]);
	await n8n.importWorkflows([
		workflowFile('NotihubE2eWelcom', 'Notihub welcome (e2e)', [
			manualTrigger,
			notihubNode('Create Customer', {
				resource: 'customer',
				operation: 'create',
				externalId: 'user_7',
				contacts: { contact: [{ type: 'EMAIL', value: 'ann@example.com' }] },
			}),
			notihubNode('Send Welcome', {
				resource: 'message',
				operation: 'send',
				templateId: 'users.welcome',
				customerId: byId('={{ $json.customerId }}'),
				additionalFields: { model: '={{ { externalId: $json.externalId } }}' },
			}),
			notihubNode('Get Message', { resource: 'message', operation: 'get', messageId: byId('={{ $json.messageId }}') }),
		]),
		workflowFile('NotihubE2eCustom', 'Notihub customer (e2e)', [
			manualTrigger,
			notihubNode('Get Customer', { resource: 'customer', operation: 'get', customerId: byId(uuid(7)) }),
		]),
	]);
}, 180000);
afterAll(async () => {
	await server?.close();
	n8n?.remove();
});
afterEach(() => server.expectNoViolations());

/** Requests from `from` on, as `METHOD path (token)`. */
const calls = (from: number) =>
	server.requests
		.slice(from)
		.map((r) => `${r.method} ${r.path} (${String(r.headers.authorization).replace(/^Basic .*/, 'keys').replace(/^Bearer /, '')})`);

const secrets = [KEYS.secretKey, KEYS.clientSecret, Buffer.from(Object.values(KEYS).join(':')).toString('base64')];

describe('Notihub node in n8n (CLI execute)', () => {
	it('trades the keys for a token once, then creates a customer, sends a message and reads it back', async () => {
		const { exit, run } = await n8n.execute('NotihubE2eWelcom');

		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect([0, 'crashed at exit']).toContain(exit);
		expect(calls(0)).toEqual([
			'POST /token/ (keys)',
			'POST /customers/ (token_1)',
			'POST /messages/ (token_1)',
			`GET /messages/${MESSAGE_ID}/ (token_1)`,
		]);
		expect(server.calls('createCustomer')[0].body).toEqual({
			externalId: 'user_7',
			contacts: [{ type: 'EMAIL', value: 'ann@example.com', primary: true, verified: false }],
		});
		expect(server.calls('sendMessage')[0].body).toEqual({
			templateId: 'users.welcome',
			customerId: uuid(7),
			model: { externalId: 'user_7' },
		});
		expect(itemsOf(run, 'Create Customer')).toEqual([
			{ customerId: uuid(7), status: 'ENABLED', ...server.calls('createCustomer')[0].body },
		]);
		expect(itemsOf(run, 'Send Welcome')).toEqual([{ messageId: MESSAGE_ID }]);
		expect(itemsOf(run, 'Get Message')).toEqual([{ ...message(1, uuid(7)), messageId: MESSAGE_ID }]);
		const printed = JSON.stringify(run);
		expect(secrets.filter((secret) => printed.includes(secret))).toEqual([]);
	});

	it('uses the token n8n stored in the credential in the next run, and trades again when Notihub refuses it', async () => {
		const from = server.requests.length;
		auth.expire('token_1');

		const { exit, run } = await n8n.execute('NotihubE2eCustom');

		expect(run.data.resultData.error).toBeUndefined();
		expect([0, 'crashed at exit']).toContain(exit);
		expect(calls(from)).toEqual([
			`GET /customers/${uuid(7)} (token_1)`,
			'POST /token/ (keys)',
			`GET /customers/${uuid(7)} (token_2)`,
		]);
		expect(itemsOf(run, 'Get Customer')).toEqual([{ ...customer(7), customerId: uuid(7) }]);
	});
});
