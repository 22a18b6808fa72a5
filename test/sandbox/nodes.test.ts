/**
 * The package's nodes and credentials, as n8n runs them, against the sandbox with the credentials `npm run demo`
 * imports: the credential test passes (n8n's "Test" button), and each node reads and writes the sandbox's data.
 */
import { runNode, testCredential } from '../engine';
import { startSandbox } from '../../scripts/sandbox';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
/** Credential data by type, as imported into n8n. */
let credentials: Record<string, Record<string, any>>;

beforeAll(async () => {
	sandbox = await startSandbox({ ports: { dub: 0, lago: 0, notihub: 0 } });
	credentials = Object.fromEntries(sandbox.credentials().map((c) => [c.type, c.data]));
});
afterAll(async () => await sandbox.close());
afterEach(() => expect(sandbox.violations()).toEqual({ Dub: [], Lago: [], Notihub: [] }));

describe('the sandbox with the nodes of this package', () => {
	it.each(['dubApi', 'lagoApi', 'notihubApi'])('passes the %s credential test', async (type) => {
		expect(await testCredential(type, credentials[type])).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	it('Dub › Customer › Get finds the seeded customer by external ID', async () => {
		const result = await runNode({
			type: 'dub',
			parameters: { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'externalId', value: 'user_123' } },
			credentials: { dubApi: credentials.dubApi },
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([expect.objectContaining({ id: 'cus_sandbox_123', name: 'Grace Hopper', email: 'grace@example.com' })]);
	});

	it('Lago › Customer › Create or Update adds a customer that Get Many then lists', async () => {
		const upsert = await runNode({
			type: 'lago',
			parameters: { resource: 'customer', operation: 'upsert', externalId: 'user_131', contact: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
			credentials: { lagoApi: credentials.lagoApi },
		});
		const all = await runNode({
			type: 'lago',
			parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
			credentials: { lagoApi: credentials.lagoApi },
		});

		expect(upsert.items).toEqual([expect.objectContaining({ external_id: 'user_131', name: 'Katherine Johnson' })]);
		expect(all.items.map((c) => c.external_id)).toEqual(['user_123', 'user_124', 'user_126', 'user_131']);
		expect(sandbox.lago.server.calls('createCustomer')[0].body).toEqual({ customer: { external_id: 'user_131', name: 'Katherine Johnson', email: 'katherine@example.com' } });
	});

	it('Notihub › Message › Send, after the token exchange with the sandbox keys', async () => {
		const result = await runNode({
			type: 'notihub',
			parameters: {
				resource: 'message',
				operation: 'send',
				templateId: 'welcome',
				customerId: { __rl: true, mode: 'id', value: '7a0b0000-0000-4000-8000-000000000001' },
				additionalFields: { model: '{"name": "Grace"}' },
			},
			credentials: { notihubApi: credentials.notihubApi },
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ messageId: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
		expect(sandbox.notihub.store.messages.get(result.items[0].messageId as string)).toMatchObject({
			request: { templateId: 'welcome', model: '{"name":"Grace"}' },
		});
	});
});
