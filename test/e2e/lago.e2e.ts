/**
 * The Lago node inside a real n8n: installed from the packed tarball like n8n's installer does, credential and
 * workflow imported with n8n's CLI, run with `n8n execute` against the Lago contract server. One run goes through
 * Return All over two pages, Send Batch in batches of two with IDs mapped from the customers, and a lookup that
 * fails for one item and, with the node set to continue on error, gives that item Lago's message.
 */
import type { ContractRequest, ContractServer } from '../contract/server';
import { customer, LAGO_API_KEY, lagoCredentials, meta, simplifiedCustomer, startLagoServer } from '../lago/lagoServer';
import { itemsOf, manualTrigger, N8nInstance, PACKAGE_NAME, type WorkflowNode } from './helpers';

const credential = { id: 'LagoE2eCredenti1', name: 'Lago (contract server)' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: ContractServer;
let n8n: N8nInstance;

beforeAll(async () => {
	server = await startLagoServer();
	n8n = await new N8nInstance().install();
	await n8n.importCredentials([{ ...credential, type: 'lagoApi', data: lagoCredentials(server).lagoApi }]);
}, 180000);
afterAll(async () => {
	await server?.close();
	n8n?.remove();
});
afterEach(() => server.expectNoViolations());

const lagoNode = (name: string, parameters: Record<string, unknown>, extra: Partial<WorkflowNode> = {}): WorkflowNode => ({
	name,
	type: `${PACKAGE_NAME}.lago`,
	typeVersion: 1,
	parameters,
	credentials: { lagoApi: credential },
	...extra,
});

/** What Lago answers for one received event. */
const recorded = (event: Record<string, any>, n: number) => ({
	lago_id: `5e905e90-5e90-5e90-5e90-${String(n).padStart(12, '0')}`,
	transaction_id: event.transaction_id,
	lago_customer_id: null,
	lago_subscription_id: null,
	external_subscription_id: event.external_subscription_id,
	code: event.code,
	timestamp: '2026-08-01T00:00:00Z',
	properties: event.properties,
	created_at: '2026-08-01T00:00:00Z',
});

describe('Lago node in n8n (CLI execute)', () => {
	it('lists every customer, sends their usage in batches, and reports Lago’s error on the one item that fails', async () => {
		const customers = [1, 2, 3].map(customer);
		server.on('findAllCustomers', ({ query }: ContractRequest) =>
			query.page === '1'
				? { body: { customers: customers.slice(0, 2), meta: meta(1, 2, 3) } }
				: { body: { customers: customers.slice(2), meta: meta(2, 2, 3) } },
		);
		let eventNumber = 0;
		server.on('createBatchEvents', ({ body }: ContractRequest) => ({
			body: { events: body.events.map((event: Record<string, any>) => recorded(event, ++eventNumber)) },
		}));
		server.on('findCustomer', ({ params }: ContractRequest) =>
			params.external_customer_id === 'cust_3'
				? { status: 404, body: { status: 404, error: 'Not Found', code: 'customer_not_found' } }
				: { body: { customer: customers.find((c) => c.external_id === params.external_customer_id) } },
		);
		await n8n.importWorkflow('LagoE2eUsage0001', 'Lago usage (e2e)', [
			manualTrigger,
			lagoNode('Get Many Customers', { resource: 'customer', operation: 'getAll', returnAll: true }),
			lagoNode('Send Usage', {
				resource: 'event',
				operation: 'sendBatch',
				subscription: { __rl: true, mode: 'externalId', value: '={{ "sub_" + $json.external_id }}' },
				billableMetric: { __rl: true, mode: 'code', value: 'storage' },
				properties: '={{ { gb: $itemIndex + 1 } }}',
				batchOptions: { batchSize: 2 },
			}),
			lagoNode(
				'Get Customer',
				{
					resource: 'customer',
					operation: 'get',
					customer: { __rl: true, mode: 'externalId', value: '={{ $json.external_subscription_id.replace("sub_", "") }}' },
				},
				{ onError: 'continueRegularOutput' },
			),
		]);

		const { exit, run } = await n8n.execute('LagoE2eUsage0001');

		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect([0, 'crashed at exit']).toContain(exit);
		expect(itemsOf(run, 'Get Many Customers')).toEqual(customers.map(simplifiedCustomer));
		expect(server.calls('findAllCustomers').map((r) => r.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
		]);

		const batches = server.calls('createBatchEvents').map((r) => r.body.events);
		expect(batches.map((b) => b.length)).toEqual([2, 1]);
		const sent = batches.flat();
		expect(sent).toEqual(
			[1, 2, 3].map((n) => ({
				transaction_id: expect.stringMatching(UUID),
				external_subscription_id: `sub_cust_${n}`,
				code: 'storage',
				properties: { gb: n },
			})),
		);
		expect(new Set(sent.map((e) => e.transaction_id)).size).toBe(3);
		expect(itemsOf(run, 'Send Usage')).toEqual(sent.map((event, i) => recorded(event, i + 1)));

		// The items' requests are sent concurrently (n8n's routing node): their arrival order is not n8n's item order.
		expect(server.calls('findCustomer').map((r) => r.path).sort()).toEqual(['/customers/cust_1', '/customers/cust_2', '/customers/cust_3']);
		const looked = itemsOf(run, 'Get Customer');
		expect(looked.slice(0, 2)).toEqual(customers.slice(0, 2).map(simplifiedCustomer));
		expect(looked[2]).toMatchObject({ error: 'Customer not found' });
		expect(server.requests.map((r) => r.headers.authorization)).toEqual(Array(7).fill(`Bearer ${LAGO_API_KEY}`));
		expect(JSON.stringify(run)).not.toContain(LAGO_API_KEY);
	});
});
