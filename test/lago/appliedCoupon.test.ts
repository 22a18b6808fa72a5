import type { ContractServer } from '../contract/server';
import { appliedCoupon, byExternalId, fromList, lagoRunner, meta, startLagoServer } from './lagoServer';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startLagoServer();
	run = lagoRunner(server, 'appliedCoupon');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Applied Coupon', () => {
	it('applies a coupon to a customer with overrides, and outputs the applied coupon', async () => {
		server.on('applyCoupon', ({ body }) => ({ body: { applied_coupon: { ...appliedCoupon(1), ...body.applied_coupon } } }));
		const result = await run({
			operation: 'apply',
			customer: fromList('cust_1'),
			coupon: { __rl: true, mode: 'code', value: 'startup_deal' },
			overrides: { frequency: 'recurring', frequencyDuration: 3, amountCents: 2000, amountCurrency: 'eur' },
		});
		const sent = server.calls('applyCoupon')[0].body;
		expect(sent).toEqual({
			applied_coupon: {
				external_customer_id: 'cust_1',
				coupon_code: 'startup_deal',
				frequency: 'recurring',
				frequency_duration: 3,
				amount_cents: 2000,
				amount_currency: 'EUR',
			},
		});
		expect(result.items).toEqual([{ ...appliedCoupon(1), ...sent.applied_coupon }]);
	});

	it('refuses an amount that is not whole cents before sending', async () => {
		const result = await run({
			operation: 'apply',
			customer: byExternalId('cust_1'),
			coupon: { __rl: true, mode: 'code', value: 'startup_deal' },
			overrides: { amountCents: 19.99 },
		});
		expect(result.error?.message).toBe('Amount (Cents) must be a whole number, got 19.99 (item 0)');
		expect(result.error?.description).toBe('In cents: 20.00 is 2000');
		expect(server.requests).toEqual([]);
	});

	it('sends a percentage rate as text', async () => {
		server.on('applyCoupon', ({ body }) => ({ body: { applied_coupon: { ...appliedCoupon(2), ...body.applied_coupon } } }));
		await run({
			operation: 'apply',
			customer: byExternalId('cust_2'),
			coupon: { __rl: true, mode: 'list', value: 'ten_percent' },
			overrides: { percentageRate: '12.5' },
		});
		expect(server.calls('applyCoupon')[0].body.applied_coupon).toEqual({
			external_customer_id: 'cust_2',
			coupon_code: 'ten_percent',
			percentage_rate: '12.5',
		});
	});

	it('turns a 404 on an unknown coupon into "Coupon not found"', async () => {
		server.on('applyCoupon', { status: 404, body: { status: 404, error: 'Not Found', code: 'coupon_not_found' } });
		const result = await run({ operation: 'apply', customer: byExternalId('cust_1'), coupon: { __rl: true, mode: 'code', value: 'nope' } });
		expect(result.error?.message).toBe('Coupon not found');
	});

	it('gets many applied coupons with filters, across pages', async () => {
		const all = [1, 2, 3].map(appliedCoupon);
		server.on('findAllAppliedCoupons', ({ query }) => {
			const page = Number(query.page);
			return { body: { applied_coupons: all.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'active', externalCustomerId: 'cust_1', couponCodes: 'BLACK_FRIDAY, XMAS' },
		});
		expect(result.items).toEqual(all);
		expect(server.calls('findAllAppliedCoupons').map((r) => r.query)).toEqual([
			{ status: 'active', external_customer_id: 'cust_1', 'coupon_code[]': ['BLACK_FRIDAY', 'XMAS'], page: '1', per_page: '100' },
			{ status: 'active', external_customer_id: 'cust_1', 'coupon_code[]': ['BLACK_FRIDAY', 'XMAS'], page: '2', per_page: '100' },
		]);
	});

	it("removes a coupon from a customer by the applied coupon's Lago ID, and outputs { deleted: true, id }", async () => {
		const removed = { ...appliedCoupon(4), status: 'terminated' };
		server.on('deleteAppliedCoupon', { body: { applied_coupon: removed } });
		const result = await run({
			operation: 'delete',
			customer: byExternalId('cust_4'),
			appliedCoupon: { __rl: true, mode: 'id', value: appliedCoupon(4).lago_id },
		});
		const [request] = server.calls('deleteAppliedCoupon');
		expect([request.method, request.path]).toEqual(['DELETE', `/customers/cust_4/applied_coupons/${appliedCoupon(4).lago_id}`]);
		expect(result.items).toEqual([{ deleted: true, id: appliedCoupon(4).lago_id }]);
	});

	it('turns a 404 on removal into "Applied coupon not found"', async () => {
		server.on('deleteAppliedCoupon', { status: 404, body: { status: 404, error: 'Not Found', code: 'applied_coupon_not_found' } });
		const result = await run({
			operation: 'delete',
			customer: byExternalId('cust_4'),
			appliedCoupon: fromList(appliedCoupon(9).lago_id),
		});
		expect(result.error?.message).toBe('Applied coupon not found');
	});
});
