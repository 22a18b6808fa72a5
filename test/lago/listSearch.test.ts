import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type INodeParameters } from 'n8n-workflow';

import type { ContractServer } from '../contract/server';
import { additionalDataFor, nodeTypes, TestCredentialsHelper } from '../engine';
import { appliedCoupon, customer, invoice, LAGO_API_KEY, lagoAnswers, lagoCredentials, meta, startLagoServer, subscription } from './lagoServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startLagoServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

type Search = (filter?: string, paginationToken?: string) => Promise<{ results: { name: string; value: string | number }[]; paginationToken?: unknown }>;

/** Calls a "From List" search of the Lago node the way the editor does, with the node's current parameters. */
function search(method: string, parameters: INodeParameters = {}): Search {
	const node: INode = {
		id: 'lago',
		name: 'Lago',
		type: 'n8n-nodes-customer-stack.lago',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { lagoApi: { id: 'cred-1', name: 'Lago' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = additionalDataFor(new TestCredentialsHelper(lagoCredentials(server)));
	additionalData.currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.resource');
	const lago = nodeTypes.getByName('lago') as unknown as { methods: { listSearch: Record<string, Search> } };
	return async (filter, token) => await lago.methods.listSearch[method].call(context as never, filter, token);
}

describe('Lago › From List searches', () => {
	it("searches customers with Lago's own search and pages on meta.next_page", async () => {
		server.on('findAllCustomers', ({ query }) => ({
			body: { customers: query.page === '1' ? [customer(1), { ...customer(2), name: null, firstname: 'Ann', lastname: 'Lee' }] : [customer(3)], meta: meta(Number(query.page), 2, 3) },
		}));
		const first = await search('searchCustomers')('acme');
		expect(first).toEqual({
			results: [
				{ name: 'Customer 1 · <customer1@example.com>', value: 'cust_1' },
				{ name: 'Ann Lee · <customer2@example.com>', value: 'cust_2' },
			],
			paginationToken: '2',
		});
		const second = await search('searchCustomers')('acme', first.paginationToken as string);
		expect(second).toEqual({ results: [{ name: 'Customer 3 · <customer3@example.com>', value: 'cust_3' }], paginationToken: undefined });
		expect(server.calls('findAllCustomers').map((r) => r.query)).toEqual([
			{ search_term: 'acme', page: '1', per_page: '100' },
			{ search_term: 'acme', page: '2', per_page: '100' },
		]);
		expect(server.calls('findAllCustomers')[0].headers.authorization).toBe(`Bearer ${LAGO_API_KEY}`);
	});

	it("lists the chosen customer's active and pending subscriptions, filtered by the search text", async () => {
		server.on('findAllSubscriptions', { body: { subscriptions: [subscription(1), { ...subscription(2), plan_code: 'starter' }], meta: meta(1, 1, 2) } });
		const result = await search('searchSubscriptions', { customer: { __rl: true, mode: 'list', value: 'cust_1' } })('starter');
		expect(result.results).toEqual([{ name: 'sub_2 · starter · active', value: 'sub_2' }]);
		expect(server.calls('findAllSubscriptions')[0].query).toEqual({
			external_customer_id: 'cust_1',
			'status[]': ['active', 'pending'],
			page: '1',
			per_page: '100',
		});
	});

	it("lists the chosen customer's active applied coupons by their Lago ID", async () => {
		server.on('findAllAppliedCoupons', { body: { applied_coupons: [appliedCoupon(1)], meta: meta(1, 1, 1) } });
		const result = await search('searchAppliedCoupons', { customer: { __rl: true, mode: 'externalId', value: 'cust_1' } })();
		expect(result.results).toEqual([{ name: 'Startup Deal · applied 2026-01-01', value: appliedCoupon(1).lago_id }]);
		expect(server.calls('findAllAppliedCoupons')[0].query).toEqual({ status: 'active', external_customer_id: 'cust_1', page: '1', per_page: '100' });
	});

	it('searches invoices with Lago search and offers their Lago ID', async () => {
		server.on('findAllInvoices', { body: { invoices: [invoice(1)], meta: meta(1, 1, 1) } });
		const result = await search('searchInvoices')('LAG-1234');
		expect(result.results).toEqual([{ name: 'LAG-1234-001-001 · 2026-07-01 · finalized', value: invoice(1).lago_id }]);
		expect(server.calls('findAllInvoices')[0].query).toEqual({ search_term: 'LAG-1234', page: '1', per_page: '100' });
	});

	it.each([
		['searchPlans', 'findAllPlans', 'plans'],
		['searchCoupons', 'findAllCoupons', 'coupons'],
		['searchBillableMetrics', 'findAllBillableMetrics', 'billable_metrics'],
	])('%s offers codes, filtered by name or code', async (method, operationId, root) => {
		server.on(operationId, {
			body: lagoAnswers.complete(operationId, { [root]: [{ name: 'Premium', code: 'premium' }, { name: 'Starter', code: 'starter' }], meta: meta(1, 1, 2) }),
		});
		const result = await search(method)('prem');
		expect(result.results).toEqual([{ name: 'Premium · premium', value: 'premium' }]);
		expect(server.calls(operationId)[0].query).toEqual({ page: '1', per_page: '100' });
	});
});
