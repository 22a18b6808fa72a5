/**
 * The Dub node in queue mode: a workflow run from main (the editor's "Execute workflow", over REST) is put on the
 * queue and executed by the worker, which loads the package and decrypts the credential itself.
 */
import type { ContractServer } from '../contract/server';
import { customer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { itemsOf, manualTrigger, PACKAGE_NAME, type WorkflowNode } from '../e2e/helpers';
import { QueueInstance } from './cluster';

const credential = { id: 'DubQueueCredent1', name: 'Dub (contract server)' };

let server: ContractServer;
let n8n: QueueInstance;

const dubNode = (name: string, parameters: Record<string, unknown>): WorkflowNode => ({
	name,
	type: `${PACKAGE_NAME}.dub`,
	typeVersion: 1,
	parameters,
	credentials: { dubApi: credential },
});

beforeAll(async () => {
	server = await startDubServer();
	n8n = await (await new QueueInstance().install()).startServers();
	await n8n.importCredentials([{ ...credential, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` } }]);
	await n8n.importWorkflow('DubQueueCustomer', 'Dub customers (queue)', [
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
	await n8n.importWorkflow('DubQueueNotFound', 'Dub customer not found (queue)', [
		manualTrigger,
		dubNode('Get Customer', { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: 'cus_missing' } }),
	]);
	await n8n.start();
}, 300000);
afterAll(async () => {
	await n8n?.stop();
	n8n?.remove();
	await server?.close();
});
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Dub node in queue mode', () => {
	it('a manual run from main executes on the worker: customers listed, then each fetched by the previous node’s ID', async () => {
		server.on('getCustomers', { body: [1, 2, 3].map(customer) });
		server.on('getCustomer', ({ params }) => ({ body: { ...customer(Number(params.id.slice(4))), name: `Customer ${params.id} in detail` } }));

		const id = await n8n.runManually('DubQueueCustomer', manualTrigger.name);
		const execution = await n8n.finished(id);

		expect(execution.status).toBe('success');
		expect(n8n.workerThatRan(id)).toBe('worker-1');
		expect(n8n.executionsIn(n8n.main, 'enqueued')).toContain(id);
		expect(itemsOf(execution, 'Get Many Customers')).toEqual([customer(1), customer(2)]);
		expect(itemsOf(execution, 'Get Customer')).toEqual([
			{ ...customer(1), name: 'Customer cus_000001 in detail' },
			{ ...customer(2), name: 'Customer cus_000002 in detail' },
		]);
		expect(server.calls('getCustomers').map((r) => r.query)).toEqual([{ country: 'US', sortBy: 'createdAt', sortOrder: 'desc', pageSize: '2' }]);
		expect(server.calls('getCustomer').map((r) => r.path)).toEqual(['/customers/cus_000001', '/customers/cus_000002']);
		expect(server.requests.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${DUB_API_KEY}`));
	});

	it('an error from Dub fails the execution on the worker with Dub’s own message', async () => {
		server.on('getCustomer', {
			status: 404,
			body: { error: { code: 'not_found', message: 'Customer not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } },
		});

		const id = await n8n.runManually('DubQueueNotFound', manualTrigger.name);
		const execution = await n8n.finished(id);

		expect(execution.status).toBe('error');
		expect(n8n.workerThatRan(id)).toBe('worker-1');
		expect(execution.data.resultData.error).toMatchObject({ message: 'Customer not found.', node: { name: 'Get Customer' } });
		expect(server.calls('getCustomer').map((r) => r.path)).toEqual(['/customers/cus_missing']);
	});
});
