import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'billableMetric');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const metric = () => exampleResponse('findBillableMetric').billable_metric as Record<string, unknown>;
const byCode = (value: string) => ({ __rl: true, mode: 'code', value });

describe('Lago › Billable Metric', () => {
	it('creates a metric with filters given as rows', async () => {
		server.on('createBillableMetric', ({ body }) => ({ body: { billable_metric: { ...metric(), name: body.billable_metric.name, code: body.billable_metric.code } } }));
		const result = await run({
			operation: 'create',
			name: 'Storage',
			code: 'storage',
			aggregationType: 'sum_agg',
			additionalFields: { fieldName: 'gb', recurring: true, filters: { values: [{ key: 'region', values: 'us, eu ,' }] }, roundingFunction: 'ceil', roundingPrecision: 2 },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createBillableMetric')[0].body).toEqual({
			billable_metric: {
				name: 'Storage',
				code: 'storage',
				aggregation_type: 'sum_agg',
				field_name: 'gb',
				recurring: true,
				filters: [{ key: 'region', values: ['us', 'eu'] }],
				rounding_function: 'ceil',
				rounding_precision: 2,
			},
		});
		expect(result.items).toEqual([{ ...metric(), name: 'Storage', code: 'storage' }]);
	});

	it('gets, lists, updates and deletes metrics by code', async () => {
		server.on('findBillableMetric', { body: { billable_metric: metric() } });
		server.on('findAllBillableMetrics', ({ query }) => ({
			body: { billable_metrics: [{ ...metric(), code: `m${String(query.page)}` }], meta: meta(Number(query.page), 3, 3) },
		}));
		server.on('updateBillableMetric', { body: { billable_metric: metric() } });
		server.on('destroyBillableMetric', { body: { billable_metric: metric() } });
		expect((await run({ operation: 'get', billableMetric: byCode('storage') })).items).toEqual([metric()]);
		expect(server.calls('findBillableMetric')[0].path).toBe('/billable_metrics/storage');
		expect((await run({ operation: 'getAll', returnAll: true })).items.map((m) => m.code)).toEqual(['m1', 'm2', 'm3']);
		expect((await run({ operation: 'getAll', limit: 2 })).items).toHaveLength(2);
		await run({ operation: 'update', billableMetric: byCode('storage'), updateFields: { name: 'Storage (GB)', expression: 'round(gb)' } });
		expect(server.calls('updateBillableMetric')[0].body).toEqual({ billable_metric: { name: 'Storage (GB)', expression: 'round(gb)' } });
		const deleted = await run({ operation: 'delete', billableMetric: byCode('storage') });
		expect(deleted.items).toEqual([{ deleted: true, id: 'storage' }]);
	});

	it('evaluates an expression on a sample event and outputs the result', async () => {
		const answer = exampleResponse('evaluateBillableMetricExpression');
		server.on('evaluateBillableMetricExpression', { body: answer });
		const result = await run({
			operation: 'evaluateExpression',
			expression: 'round(gb * 2)',
			eventCode: 'storage',
			eventProperties: '{"gb": 10}',
			eventTimestamp: '2026-08-01T00:00:00Z',
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('evaluateBillableMetricExpression')[0].body).toEqual({
			expression: 'round(gb * 2)',
			event: { code: 'storage', properties: { gb: 10 }, timestamp: String(Date.UTC(2026, 7, 1) / 1000) },
		});
		expect(result.items).toEqual([answer.expression_result]);
	});

	it('refuses event properties that are not a JSON object', async () => {
		const result = await run({ operation: 'evaluateExpression', expression: 'gb', eventCode: 'storage', eventProperties: '[1]' });
		expect(result.error?.message).toBe('Event Properties must be a JSON object, like {"plan": "pro"} (item 0)');
		expect(server.calls('evaluateBillableMetricExpression')).toHaveLength(0);
	});
});
