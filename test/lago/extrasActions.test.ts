import type { ContractServer } from '../contract/server';
import { byExternalId, lagoRunner, meta, pick } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
beforeAll(async () => {
	server = await startCheckedLagoServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const SUBSCRIPTION_SUMMARY = [
	'lago_id',
	'external_id',
	'external_customer_id',
	'name',
	'plan_code',
	'status',
	'billing_time',
	'started_at',
	'subscription_at',
	'ending_at',
	'terminated_at',
	'current_billing_period_started_at',
	'current_billing_period_ending_at',
	'created_at',
];

describe('Lago › Customer (extras)', () => {
	const run = (parameters: Record<string, unknown>) => lagoRunner(server, 'customer')(parameters);

	it("gets a customer's projected usage for one subscription", async () => {
		const answer = exampleResponse('findCustomerProjectedUsage');
		server.on('findCustomerProjectedUsage', { body: answer });
		const result = await run({ operation: 'getProjectedUsage', customer: byExternalId('cust_1'), subscription: byExternalId('sub_1'), applyTaxes: false });
		expect(result.error).toBeUndefined();
		expect(server.calls('findCustomerProjectedUsage')[0]).toMatchObject({
			path: '/customers/cust_1/projected_usage',
			query: { external_subscription_id: 'sub_1', apply_taxes: 'false' },
		});
		expect(result.items).toEqual([answer.customer_projected_usage]);
	});

	it("gets a customer's subscriptions with filters, simplified unless asked otherwise", async () => {
		const [sub] = exampleResponse('findAllCustomerSubscriptions').subscriptions as Array<Record<string, unknown>>;
		server.on('findAllCustomerSubscriptions', ({ query }) => ({
			body: { subscriptions: [{ ...sub, external_id: `sub_${String(query.page)}` }], meta: meta(Number(query.page), 2, 2) },
		}));
		const simplified = await run({ operation: 'getSubscriptions', customer: byExternalId('cust_1'), returnAll: true, filters: { status: ['active', 'pending'], planCode: 'startup' } });
		expect(server.calls('findAllCustomerSubscriptions')[0].query).toEqual({ 'status[]': ['active', 'pending'], plan_code: 'startup', page: '1', per_page: '100' });
		expect(simplified.items).toEqual([pick({ ...sub, external_id: 'sub_1' }, SUBSCRIPTION_SUMMARY), pick({ ...sub, external_id: 'sub_2' }, SUBSCRIPTION_SUMMARY)]);
		const raw = await run({ operation: 'getSubscriptions', customer: byExternalId('cust_1'), limit: 1, simplify: false });
		expect(raw.items).toEqual([{ ...sub, external_id: 'sub_1' }]);
	});
});

describe('Lago › Subscription (extras)', () => {
	const run = (parameters: Record<string, unknown>) => lagoRunner(server, 'subscription')(parameters);

	it('gets and sets the lifetime usage of a subscription', async () => {
		const answer = exampleResponse('getSubscriptionLifetimeUsage');
		server.on('getSubscriptionLifetimeUsage', { body: answer });
		server.on('updateSubscriptionLifetimeUsage', { body: answer });
		expect((await run({ operation: 'getLifetimeUsage', subscription: byExternalId('sub_1') })).items).toEqual([answer.lifetime_usage]);
		expect(server.calls('getSubscriptionLifetimeUsage')[0].path).toBe('/subscriptions/sub_1/lifetime_usage');
		const updated = await run({ operation: 'updateLifetimeUsage', subscription: byExternalId('sub_1'), historicalUsageAmountCents: 150000 });
		expect(server.calls('updateSubscriptionLifetimeUsage')[0].body).toEqual({ lifetime_usage: { external_historical_usage_amount_cents: 150000 } });
		expect(updated.items).toEqual([answer.lifetime_usage]);
	});

	it('refuses historical usage in decimals', async () => {
		const result = await run({ operation: 'updateLifetimeUsage', subscription: byExternalId('sub_1'), historicalUsageAmountCents: 10.5 });
		expect(result.error?.message).toBe('Historical Usage (Cents) must be a whole number, got 10.5 (item 0)');
		expect(server.calls('updateSubscriptionLifetimeUsage')).toHaveLength(0);
	});
});

describe('Lago › Event (extras)', () => {
	const run = (parameters: Record<string, unknown>) => lagoRunner(server, 'event')(parameters);

	it('gets an event by transaction ID, and lists events with filters', async () => {
		const event = exampleResponse('findEvent').event as Record<string, unknown>;
		server.on('findEvent', { body: { event } });
		server.on('findAllEvents', ({ query }) => ({ body: { events: [{ ...event, transaction_id: `t${String(query.page)}` }], meta: meta(Number(query.page), 2, 2) } }));
		const one = await run({ operation: 'get', transactionId: 'txn 1' });
		expect(server.calls('findEvent')[0].path).toBe('/events/txn%201');
		expect(one.items).toEqual([event]);
		const all = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { externalSubscriptionId: 'sub_1', code: 'storage', timestampFrom: '2026-07-01T00:00:00', timestampFromStartedAt: false },
		});
		expect(server.calls('findAllEvents')[0].query).toEqual({
			external_subscription_id: 'sub_1',
			code: 'storage',
			timestamp_from: '2026-07-01T00:00:00.000Z',
			timestamp_from_started_at: 'false',
			page: '1',
			per_page: '100',
		});
		expect(all.items.map((e) => e.transaction_id)).toEqual(['t1', 't2']);
	});

	it('estimates fees of an event, one item per fee', async () => {
		const answer = exampleResponse('eventEstimateFees');
		const fees = [...(answer.fees as object[]), ...(answer.fees as object[])];
		server.on('eventEstimateFees', { body: { fees } });
		server.on('eventEstimateInstantFees', { body: exampleResponse('eventEstimateInstantFees') });
		const result = await run({
			operation: 'estimateFees',
			subscription: byExternalId('sub_1'),
			billableMetric: { __rl: true, mode: 'code', value: 'storage' },
			properties: '{"gb": 10}',
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('eventEstimateFees')[0].body).toEqual({ event: { external_subscription_id: 'sub_1', code: 'storage', properties: { gb: 10 } } });
		expect(result.items).toEqual(fees);
		const instant = await run({
			operation: 'estimateInstantFees',
			subscription: byExternalId('sub_1'),
			billableMetric: { __rl: true, mode: 'code', value: 'storage' },
			transactionId: 'txn_9',
		});
		expect(server.calls('eventEstimateInstantFees')[0].body).toEqual({ event: { external_subscription_id: 'sub_1', code: 'storage', properties: {}, transaction_id: 'txn_9' } });
		expect(instant.items).toEqual(exampleResponse('eventEstimateInstantFees').fees);
	});

	it('refuses properties that are not a JSON object', async () => {
		const result = await run({ operation: 'estimateFees', subscription: byExternalId('sub_1'), billableMetric: { __rl: true, mode: 'code', value: 'storage' }, properties: '"gb"' });
		expect(result.error?.message).toBe('Properties must be a JSON object, like {"plan": "pro"} (item 0)');
		expect(server.calls('eventEstimateFees')).toHaveLength(0);
	});
});
