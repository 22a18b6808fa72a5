import type { ContractServer } from '../contract/server';
import { sample, startBillingServer } from './billingSamples';
import { lagoRunner, meta } from './lagoServer';

const coupon = () => sample('Coupon').coupon as Record<string, any>;
const byCode = (value: string) => ({ __rl: true, mode: 'code', value });

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	run = lagoRunner(server, 'coupon');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Coupon', () => {
	it('creates a fixed-amount coupon that never expires', async () => {
		server.on('createCoupon', { body: { coupon: coupon() } });
		const result = await run({
			operation: 'create',
			name: 'Startup Deal',
			code: 'startup_deal',
			couponType: 'fixed_amount',
			amountCents: 2000,
			amountCurrency: 'eur',
			frequency: 'recurring',
			additionalFields: { frequencyDuration: 3, reusable: false, planCodes: 'startup, premium' },
		});
		expect(server.calls('createCoupon')[0].body).toEqual({
			coupon: {
				name: 'Startup Deal',
				code: 'startup_deal',
				coupon_type: 'fixed_amount',
				amount_cents: 2000,
				amount_currency: 'EUR',
				frequency: 'recurring',
				frequency_duration: 3,
				reusable: false,
				applies_to: { plan_codes: ['startup', 'premium'] },
				expiration: 'no_expiration',
			},
		});
		expect(result.items).toEqual([coupon()]);
	});

	it('creates a percentage coupon with a time limit', async () => {
		server.on('createCoupon', { body: { coupon: coupon() } });
		await run({
			operation: 'create',
			name: 'Ten',
			code: 'ten',
			couponType: 'percentage',
			percentageRate: '10',
			frequency: 'once',
			additionalFields: { expirationAt: '2026-12-31T23:59:59' },
		});
		expect(server.calls('createCoupon')[0].body.coupon).toEqual({
			name: 'Ten',
			code: 'ten',
			coupon_type: 'percentage',
			percentage_rate: '10',
			frequency: 'once',
			expiration: 'time_limit',
			expiration_at: '2026-12-31T23:59:59.000Z',
		});
	});

	it('refuses a percentage that is not a number before sending', async () => {
		const result = await run({ operation: 'create', name: 'x', code: 'x', couponType: 'percentage', percentageRate: 'ten', frequency: 'once' });
		expect(result.error?.message).toBe('Percentage Rate must be a positive decimal number such as 12.5, got "ten" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('updates only the fields given', async () => {
		server.on('updateCoupon', { body: { coupon: coupon() } });
		await run({ operation: 'update', couponCode: byCode('startup_deal'), updateFields: { name: 'Startup Deal 2026' } });
		const [call] = server.calls('updateCoupon');
		expect([call.path, call.body]).toEqual(['/coupons/startup_deal', { coupon: { name: 'Startup Deal 2026' } }]);
	});

	it('gets a coupon picked from the list', async () => {
		server.on('findCoupon', { body: { coupon: coupon() } });
		const result = await run({ operation: 'get', couponCode: { __rl: true, mode: 'list', value: 'startup_deal' } });
		expect(server.calls('findCoupon')[0].path).toBe('/coupons/startup_deal');
		expect(result.items).toEqual([coupon()]);
	});

	it('deletes a coupon and says so', async () => {
		server.on('destroyCoupon', { body: { coupon: coupon() } });
		const result = await run({ operation: 'delete', couponCode: byCode('startup_deal') });
		expect(server.calls('destroyCoupon')[0].path).toBe('/coupons/startup_deal');
		expect(result.items).toEqual([{ deleted: true, id: 'startup_deal' }]);
	});

	it('refuses a code that would leave its path before sending', async () => {
		const result = await run({ operation: 'delete', couponCode: byCode('../plans') });
		expect(result.error?.message).toBe('Coupon cannot contain "/" or "\\", got "../plans" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets many coupons, up to the limit', async () => {
		const records = [1, 2, 3].map((n) => ({ ...coupon(), code: `c${n}` }));
		server.on('findAllCoupons', { body: { coupons: records, meta: meta(1, 1, 3) } });
		const result = await run({ operation: 'getAll', limit: 2 });
		expect(result.items).toEqual(records.slice(0, 2));
		expect(server.calls('findAllCoupons')[0].query).toEqual({ page: '1', per_page: '2' });
	});
});
