/**
 * The Dub node inside a real n8n: installed from the packed tarball like n8n's installer does, credentials and a
 * workflow imported with n8n's CLI, run with `n8n execute`, against the Dub contract server.
 */
import type { ContractServer } from '../contract/server';
import { customer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { itemsOf, manualTrigger, N8nInstance, PACKAGE_NAME, type WorkflowNode } from './helpers';

const credential = { id: 'DubE2eCredentia1', name: 'Dub (contract server)' };

let server: ContractServer;
let n8n: N8nInstance;

beforeAll(async () => {
	server = await startDubServer();
	n8n = await new N8nInstance().install();
	await n8n.importCredentials([
		{ ...credential, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` } },
	]);
}, 180000);
afterAll(async () => {
	await server?.close();
	n8n?.remove();
});
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const dubNode = (name: string, parameters: Record<string, unknown>): WorkflowNode => ({
	name,
	type: `${PACKAGE_NAME}.dub`,
	typeVersion: 1,
	parameters,
	credentials: { dubApi: credential },
});

describe('Dub node in n8n (CLI execute)', () => {
	it('gets many customers, then each one by the ID from the previous node', async () => {
		server.on('getCustomers', { body: [1, 2, 3, 4, 5].map(customer) });
		server.on('getCustomer', ({ params }) => ({
			body: { ...customer(Number(params.id.slice(4))), name: `Customer ${params.id} in detail` },
		}));
		await n8n.importWorkflow('DubE2eCustomers1', 'Dub customers (e2e)', [
			manualTrigger,
			dubNode('Get Many Customers', {
				resource: 'customer',
				operation: 'getAll',
				returnAll: false,
				limit: 2,
				filters: { country: 'us', sortBy: 'createdAt', sortOrder: 'desc' },
			}),
			dubNode('Get Customer', {
				resource: 'customer',
				operation: 'get',
				customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			}),
		]);

		const { exit, run } = await n8n.execute('DubE2eCustomers1');

		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect([0, 'crashed at exit']).toContain(exit);
		expect(itemsOf(run, 'Get Many Customers')).toEqual([customer(1), customer(2)]);
		expect(itemsOf(run, 'Get Customer')).toEqual([
			{ ...customer(1), name: 'Customer cus_000001 in detail' },
			{ ...customer(2), name: 'Customer cus_000002 in detail' },
		]);
		const list = server.calls('getCustomers');
		expect(list).toHaveLength(1);
		expect(list[0].query).toEqual({ country: 'US', sortBy: 'createdAt', sortOrder: 'desc', pageSize: '2' });
		// The items' requests are sent concurrently (n8n's routing node): their arrival order is not n8n's item order,
		// which the output above checks.
		expect(server.calls('getCustomer').map((r) => r.path).sort()).toEqual(['/customers/cus_000001', '/customers/cus_000002']);
		expect(server.requests.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${DUB_API_KEY}`));
	});

	it('fails the execution with Dub’s own message when Dub answers with an error', async () => {
		server.on('getCustomer', {
			status: 404,
			body: { error: { code: 'not_found', message: 'Customer not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } },
		});
		await n8n.importWorkflow('DubE2eNotFound01', 'Dub customer not found (e2e)', [
			manualTrigger,
			dubNode('Get Customer', {
				resource: 'customer',
				operation: 'get',
				customerId: { __rl: true, mode: 'externalId', value: 'user_404' },
			}),
		]);

		const { exit, run } = await n8n.execute('DubE2eNotFound01');

		expect(run.status).toBe('error');
		expect([1, 'crashed at exit']).toContain(exit);
		expect(run.data.resultData.error?.message).toBe('Customer not found.');
		expect(run.data.resultData.error?.node?.name).toBe('Get Customer');
		expect(JSON.stringify(run)).not.toContain(DUB_API_KEY);
		expect(server.calls('getCustomer').map((r) => r.path)).toEqual(['/customers/ext_user_404']);
	});
});
