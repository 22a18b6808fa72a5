import type { ContractServer } from '../contract/server';
import { sample, startBillingServer } from './billingSamples';
import { lagoRunner, meta } from './lagoServer';

const FEE_ID = '1a901a90-1a90-1a90-1a90-1a901a901a97';
const fee = () => sample('Fee').fee as Record<string, any>;

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	run = lagoRunner(server, 'fee');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Fee', () => {
	it('gets many fees with filters, across pages', async () => {
		const records = [1, 2, 3].map((n) => ({ ...fee(), units: String(n) }));
		server.on('findAllFees', ({ query }) => {
			const page = Number(query.page);
			return { body: { fees: records.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { feeType: 'charge', paymentStatus: 'failed', externalCustomerId: 'cust_1', createdAtFrom: '2026-07-01T00:00:00', currency: 'usd' },
		});
		expect(result.items).toEqual(records);
		expect(server.calls('findAllFees')[0].query).toEqual({
			fee_type: 'charge',
			payment_status: 'failed',
			external_customer_id: 'cust_1',
			created_at_from: '2026-07-01T00:00:00.000Z',
			currency: 'USD',
			page: '1',
			per_page: '100',
		});
	});

	it('refuses a date that is not one before sending', async () => {
		const result = await run({ operation: 'getAll', filters: { failedAtTo: 'yesterday' } });
		expect(result.error?.message).toBe('Failed Before is not a date and time: "yesterday" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets, updates and deletes a fee', async () => {
		server.on('findFee', { body: { fee: fee() } });
		server.on('updateFee', { body: { fee: { ...fee(), payment_status: 'succeeded' } } });
		server.on('deleteFee', { body: { fee: fee() } });
		expect((await run({ operation: 'get', feeId: FEE_ID })).items).toEqual([fee()]);
		const updated = await run({ operation: 'update', feeId: FEE_ID, paymentStatus: 'succeeded' });
		expect(server.calls('updateFee')[0].body).toEqual({ fee: { payment_status: 'succeeded' } });
		expect(updated.items[0].payment_status).toBe('succeeded');
		expect((await run({ operation: 'delete', feeId: FEE_ID })).items).toEqual([{ deleted: true, id: FEE_ID }]);
		expect(server.calls('deleteFee')[0].path).toBe(`/fees/${FEE_ID}`);
	});
});
