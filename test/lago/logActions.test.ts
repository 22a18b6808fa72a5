import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
beforeAll(async () => {
	server = await startCheckedLagoServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Activity Log', () => {
	it('lists activity with its filters as bracketed lists, and gets one entry', async () => {
		const run = lagoRunner(server, 'activityLog');
		const entry = exampleResponse('findActivityLog').activity_log as Record<string, unknown>;
		server.on('findAllActivityLogs', { body: { activity_logs: [entry], meta: meta(1, 1, 1) } });
		server.on('findActivityLog', { body: { activity_log: entry } });
		const result = await run({
			operation: 'getAll',
			limit: 10,
			filters: { fromDate: '2026-07-01', activitySources: ['front', 'api'], activityTypes: 'plan.updated, invoice.created', resourceTypes: 'Plan', externalCustomerId: 'cust_1' },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('findAllActivityLogs')[0].query).toEqual({
			from_date: '2026-07-01',
			'activity_sources[]': ['front', 'api'],
			'activity_types[]': ['plan.updated', 'invoice.created'],
			'resource_types[]': 'Plan',
			external_customer_id: 'cust_1',
			page: '1',
			per_page: '10',
		});
		expect(result.items).toEqual([entry]);
		const one = await run({ operation: 'get', activityId: 'act_1' });
		expect(server.calls('findActivityLog')[0].path).toBe('/activity_logs/act_1');
		expect(one.items).toEqual([entry]);
	});
});

describe('Lago › API Log', () => {
	it('lists failed requests of some methods, and gets one request', async () => {
		const run = lagoRunner(server, 'apiLog');
		const entry = exampleResponse('findApiLog').api_log as Record<string, unknown>;
		server.on('findAllApiLogs', { body: { api_logs: [entry], meta: meta(1, 1, 1) } });
		server.on('findApiLog', { body: { api_log: entry } });
		const result = await run({ operation: 'getAll', returnAll: true, filters: { httpMethods: ['post', 'put'], httpStatuses: 'failed, 422', requestPaths: '/api/v1/events' } });
		expect(result.error).toBeUndefined();
		expect(server.calls('findAllApiLogs')[0].query).toEqual({
			'http_methods[]': ['post', 'put'],
			'http_statuses[]': ['failed', '422'],
			request_paths: '/api/v1/events',
			page: '1',
			per_page: '100',
		});
		expect(result.items).toEqual([entry]);
		const one = await run({ operation: 'get', requestId: 'req_1' });
		expect(server.calls('findApiLog')[0].path).toBe('/api_logs/req_1');
		expect(one.items).toEqual([entry]);
	});
});
