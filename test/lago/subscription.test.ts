import type { ContractServer } from '../contract/server';
import { byExternalId, fromList, lagoRunner, meta, startLagoServer, subscription } from './lagoServer';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startLagoServer();
	run = lagoRunner(server, 'subscription');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Subscription', () => {
	it('creates a subscription, sending dates in UTC, and outputs it', async () => {
		server.on('createSubscription', ({ body }) => ({ body: { subscription: { ...subscription(1), ...body.subscription } } }));
		const result = await run({
			operation: 'create',
			customer: byExternalId('cust_1'),
			plan: { __rl: true, mode: 'code', value: 'premium' },
			externalId: 'sub_1',
			additionalFields: {
				name: 'Repository A',
				billingTime: 'anniversary',
				subscriptionAt: '2026-08-01T00:00:00',
				endingAt: '2027-08-01T00:00:00+02:00',
				purchaseOrderNumber: 'PO-123',
				consolidateInvoice: false,
			},
		});
		const sent = server.calls('createSubscription')[0].body;
		expect(sent).toEqual({
			subscription: {
				external_customer_id: 'cust_1',
				plan_code: 'premium',
				external_id: 'sub_1',
				name: 'Repository A',
				billing_time: 'anniversary',
				subscription_at: '2026-08-01T00:00:00.000Z',
				ending_at: '2027-07-31T22:00:00.000Z',
				purchase_order_number: 'PO-123',
				consolidate_invoice: false,
			},
		});
		expect(result.items).toEqual([{ ...subscription(1), ...sent.subscription }]);
	});

	it('refuses a start date that is not a date before sending', async () => {
		const result = await run({
			operation: 'create',
			customer: byExternalId('cust_1'),
			plan: { __rl: true, mode: 'code', value: 'premium' },
			externalId: 'sub_1',
			additionalFields: { subscriptionAt: 'next monday' },
		});
		expect(result.error?.message).toBe('Subscription At is not a date and time: "next monday" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets a subscription, with a status when asked', async () => {
		server.on('findSubscription', ({ params }) => ({ body: { subscription: { ...subscription(2), external_id: params.external_id, status: 'pending' } } }));
		const result = await run({ operation: 'get', subscription: fromList('sub_2'), status: 'pending' });
		const [request] = server.calls('findSubscription');
		expect([request.path, request.query]).toEqual(['/subscriptions/sub_2', { status: 'pending' }]);
		expect(result.items).toEqual([{ ...subscription(2), status: 'pending' }]);
	});

	it('turns a 404 into "Subscription not found"', async () => {
		server.on('findSubscription', { status: 404, body: { status: 404, error: 'Not Found', code: 'subscription_not_found' } });
		const result = await run({ operation: 'get', subscription: byExternalId('nope') });
		expect(result.error?.message).toBe('Subscription not found');
	});

	it('gets many subscriptions with filters, across pages', async () => {
		const all = Array.from({ length: 130 }, (_, i) => subscription(i + 1));
		server.on('findAllSubscriptions', ({ query }) => {
			const page = Number(query.page);
			return { body: { subscriptions: all.slice((page - 1) * 100, page * 100), meta: meta(page, 2, 130) } };
		});
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { externalCustomerId: 'cust_1', planCode: 'premium', statuses: ['active', 'pending'] },
		});
		expect(result.items).toEqual(all);
		expect(server.calls('findAllSubscriptions').map((r) => r.query)).toEqual([
			{ external_customer_id: 'cust_1', plan_code: 'premium', 'status[]': ['active', 'pending'], page: '1', per_page: '100' },
			{ external_customer_id: 'cust_1', plan_code: 'premium', 'status[]': ['active', 'pending'], page: '2', per_page: '100' },
		]);
	});

	it('updates a subscription with the fields given', async () => {
		server.on('updateSubscription', ({ body }) => ({ body: { subscription: { ...subscription(3), ...body.subscription } } }));
		const result = await run({
			operation: 'update',
			subscription: byExternalId('sub_3'),
			updateFields: { name: 'Repository B', endingAt: '2027-01-01T00:00:00Z', pending: true },
		});
		const [request] = server.calls('updateSubscription');
		expect([request.method, request.path, request.query]).toEqual(['PUT', '/subscriptions/sub_3', { status: 'pending' }]);
		expect(request.body).toEqual({ subscription: { name: 'Repository B', ending_at: '2027-01-01T00:00:00.000Z' } });
		expect(result.items).toEqual([{ ...subscription(3), name: 'Repository B', ending_at: '2027-01-01T00:00:00.000Z' }]);
	});

	it('updates only the name without touching the end date', async () => {
		server.on('updateSubscription', ({ body }) => ({ body: { subscription: { ...subscription(3), ...body.subscription } } }));
		const result = await run({ operation: 'update', subscription: byExternalId('sub_3'), updateFields: { name: 'Renamed' } });
		expect(server.calls('updateSubscription')[0].body).toEqual({ subscription: { name: 'Renamed' } });
		expect(server.calls('updateSubscription')[0].query).toEqual({});
		expect(result.items).toEqual([{ ...subscription(3), name: 'Renamed' }]);
	});

	it('turns a 422 on update into the refused fields', async () => {
		server.on('updateSubscription', {
			status: 422,
			body: { status: 422, error: 'Unprocessable Entity', code: 'validation_errors', error_details: { ending_at: ['invalid_date'] } },
		});
		const result = await run({ operation: 'update', subscription: byExternalId('sub_3'), updateFields: { endingAt: '2020-01-01T00:00:00Z' } });
		expect(result.error?.message).toBe('Lago refused the data: ending_at: invalid date');
	});

	it('terminates a subscription with the termination options', async () => {
		const terminated = { ...subscription(4), status: 'terminated', terminated_at: '2026-08-01T00:00:00Z' };
		server.on('destroySubscription', { body: { subscription: terminated } });
		const result = await run({
			operation: 'terminate',
			subscription: byExternalId('sub_4'),
			terminateOptions: { onTerminationCreditNote: 'refund', onTerminationInvoice: 'skip' },
		});
		const [request] = server.calls('destroySubscription');
		expect([request.method, request.path, request.query]).toEqual([
			'DELETE',
			'/subscriptions/sub_4',
			{ on_termination_credit_note: 'refund', on_termination_invoice: 'skip' },
		]);
		expect(result.items).toEqual([terminated]);
	});

	it('cancels a pending subscription', async () => {
		server.on('destroySubscription', { body: { subscription: { ...subscription(5), status: 'canceled' } } });
		await run({ operation: 'terminate', subscription: byExternalId('sub_5'), terminateOptions: { pending: true } });
		expect(server.calls('destroySubscription')[0].query).toEqual({ status: 'pending' });
	});
});
