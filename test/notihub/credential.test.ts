import type { ContractServer } from '../contract/server';
import { runNode, TestCredentialsHelper, testCredential } from '../engine';
import { customer, KEYS, notihubAuth, notihubCredentials, startNotihubServer, uuid } from './notihubServer';

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

const getCustomer = (credentialsHelper: TestCredentialsHelper, input?: Record<string, unknown>[]) =>
	runNode({
		type: 'notihub',
		parameters: {
			resource: 'customer',
			operation: 'get',
			customerId: { __rl: true, mode: 'id', value: input ? '={{ $json.id }}' : uuid(1) },
		},
		credentials: {},
		credentialsHelper,
		input,
	});

const bearers = (operationId: string) => server.calls(operationId).map((r) => r.headers.authorization);

/** Nothing the user or a log sees may carry a key. */
function expectNoSecrets(value: unknown) {
	const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { ...v, message: v.message } : v));
	for (const secret of [KEYS.secretKey, KEYS.clientSecret, Buffer.from(Object.values(KEYS).join(':')).toString('base64')]) {
		expect(text).not.toContain(secret);
	}
}

describe('Notihub › API token', () => {
	it('the first call exchanges the four keys for a token; later calls and runs reuse it', async () => {
		server.on('getCustomer', auth.api(({ params }) => ({ body: { ...customer(1), customerId: params.customerId } })));
		const helper = new TestCredentialsHelper(notihubCredentials(server));

		const first = await getCustomer(helper);
		expect(first.items).toEqual([customer(1)]);
		expect(server.calls('createAccessToken')).toHaveLength(1);
		const [exchange] = server.calls('createAccessToken');
		expect(exchange.path).toBe('/token/');
		const basic = String(exchange.headers.authorization).replace(/^Basic /, '');
		expect(Buffer.from(basic, 'base64').toString()).toBe(
			`${KEYS.publicKey}:${KEYS.secretKey}:${KEYS.clientId}:${KEYS.clientSecret}`,
		);
		expect(helper.saved.notihubApi).toMatchObject({ ...KEYS, accessToken: 'token_1' });

		const second = await getCustomer(helper, [{ id: uuid(2) }, { id: uuid(3) }]);
		expect(second.items.map((c) => c.customerId)).toEqual([uuid(2), uuid(3)]);
		expect(server.calls('createAccessToken')).toHaveLength(1);
		expect(helper.preAuthenticationCalls).toBe(1);
		expect(bearers('getCustomer')).toEqual(['Bearer token_1', 'Bearer token_1', 'Bearer token_1']);
	});

	it('items sent together on a run without a token share one exchange', async () => {
		server.on('getCustomer', auth.api(({ params }) => ({ body: { ...customer(1), customerId: params.customerId } })));
		const helper = new TestCredentialsHelper(notihubCredentials(server));

		const result = await getCustomer(helper, [{ id: uuid(1) }, { id: uuid(2) }, { id: uuid(3) }]);
		expect(result.items.map((c) => c.customerId)).toEqual([uuid(1), uuid(2), uuid(3)]);
		expect(server.calls('createAccessToken')).toHaveLength(1);
		expect(bearers('getCustomer')).toEqual(['Bearer token_1', 'Bearer token_1', 'Bearer token_1']);
	});

	it('an expired token is renewed once and the request sent again; the new token is kept', async () => {
		server.on('getCustomer', auth.api(() => ({ body: customer(1) })));
		const helper = new TestCredentialsHelper(notihubCredentials(server, { accessToken: 'token_from_yesterday' }));

		const result = await getCustomer(helper);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([customer(1)]);
		expect(server.calls('createAccessToken')).toHaveLength(1);
		expect(bearers('getCustomer')).toEqual(['Bearer token_from_yesterday', 'Bearer token_1']);
		expect(helper.saved.notihubApi.accessToken).toBe('token_1');

		auth.expire('token_1');
		await getCustomer(helper);
		expect(server.calls('createAccessToken')).toHaveLength(2);
		expect(bearers('getCustomer').slice(2)).toEqual(['Bearer token_1', 'Bearer token_2']);
		await getCustomer(helper);
		expect(server.calls('createAccessToken')).toHaveLength(2);
		expect(bearers('getCustomer').slice(4)).toEqual(['Bearer token_2']);
	});

	it('a 401 that persists fails after exactly one renewal, with Notihub\'s message', async () => {
		server.on('getCustomer', () => ({ status: 401, body: { code: 401, message: 'Invalid access token' } }));
		const helper = new TestCredentialsHelper(notihubCredentials(server, { accessToken: 'token_old' }));

		const result = await getCustomer(helper);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe('Invalid access token');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toMatch(/also after the node fetched a fresh one/);
		expect(server.calls('createAccessToken')).toHaveLength(1);
		expect(bearers('getCustomer')).toEqual(['Bearer token_old', 'Bearer token_1']);
		expectNoSecrets(result.error);
	});

	it('bad keys fail at the token exchange, once, with an error that says so and shows no key', async () => {
		server.on('getCustomer', auth.api(() => ({ body: customer(1) })));
		const helper = new TestCredentialsHelper(notihubCredentials(server, { secretKey: 'sk_wrong' }));

		const result = await getCustomer(helper);
		expect(result.error?.message).toBe(
			`Notihub token exchange failed: POST ${server.url}/token/ answered HTTP 401: "Invalid credentals". ` +
				'Check the public key, secret key, environment client ID and environment client secret in the Notihub credential.',
		);
		expect(server.calls('createAccessToken')).toHaveLength(1);
		expect(server.calls('getCustomer')).toHaveLength(0);
		expect(helper.saved.notihubApi).toBeUndefined();
		expectNoSecrets(result.error);
		expect(JSON.stringify(result.error)).not.toContain('sk_wrong');
	});

	it('an empty key is refused before anything is sent', async () => {
		const helper = new TestCredentialsHelper(notihubCredentials(server, { clientSecret: '  ' }));
		const result = await getCustomer(helper);
		expect(result.error?.message).toBe('Notihub token exchange not attempted: the Environment Client Secret is empty.');
		expect(server.requests).toHaveLength(0);
	});
});

describe('Notihub › credential test', () => {
	it('passes when the keys get a token and the token lists customers', async () => {
		server.on('listCustomers', auth.api(() => ({ body: [customer(1)] })));
		const outcome = await testCredential('notihubApi', notihubCredentials(server).notihubApi);
		expect(outcome).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(server.calls('listCustomers')[0].query).toEqual({ limit: '1', page: '0' });
		expect(bearers('listCustomers')).toEqual(['Bearer token_1']);
	});

	it('bad keys: the message names the token exchange', async () => {
		const outcome = await testCredential('notihubApi', notihubCredentials(server, { clientId: 'env_client_other' }).notihubApi);
		expect(outcome.status).toBe('Error');
		expect(outcome.message).toMatch(/^Notihub token exchange failed: POST .*\/token\/ answered HTTP 401: "Invalid credentals"\. Check the public key/);
		expect(server.calls('listCustomers')).toHaveLength(0);
		expectNoSecrets(outcome);
	});

	it('a token the API refuses: the message names the API call', async () => {
		server.on('listCustomers', () => ({ status: 401, body: { code: 401, message: 'Invalid access token' } }));
		const outcome = await testCredential('notihubApi', notihubCredentials(server).notihubApi);
		expect(outcome).toEqual({
			status: 'Error',
			message:
				'Notihub issued an access token for these keys, but the API call (GET /customers/) refused it, also with a fresh token',
		});
		expect(server.calls('listCustomers')).toHaveLength(2);
	});

	it('an unreachable base URL: the message names the token exchange and the URL', async () => {
		const outcome = await testCredential('notihubApi', { ...KEYS, baseUrl: 'http://127.0.0.1:9/' });
		expect(outcome.status).toBe('Error');
		expect(outcome.message).toMatch(
			/^Notihub token exchange failed: could not reach POST http:\/\/127\.0\.0\.1:9\/token\/ \(connection refused\)\. Check the Base URL/,
		);
	});
});
