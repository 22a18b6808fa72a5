import type { ContractServer } from '../contract/server';
import { sample, startBillingServer } from './billingSamples';
import { lagoRunner, meta } from './lagoServer';

const addOn = () => sample('AddOn').add_on as Record<string, any>;
const byCode = (value: string) => ({ __rl: true, mode: 'code', value });

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	run = lagoRunner(server, 'addOn');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Add-On', () => {
	it('creates an add-on with taxes', async () => {
		server.on('createAddOn', { body: { add_on: addOn() } });
		const result = await run({
			operation: 'create',
			name: 'Setup Fee',
			code: 'setup_fee',
			amountCents: 4900,
			amountCurrency: 'usd',
			additionalFields: { invoiceDisplayName: 'Setup', taxCodes: 'vat_20' },
		});
		expect(server.calls('createAddOn')[0].body).toEqual({
			add_on: { name: 'Setup Fee', code: 'setup_fee', amount_cents: 4900, amount_currency: 'USD', invoice_display_name: 'Setup', tax_codes: ['vat_20'] },
		});
		expect(result.items).toEqual([addOn()]);
	});

	it('refuses an amount that is not whole cents before sending', async () => {
		const result = await run({ operation: 'create', name: 'Setup', code: 'setup', amountCents: 49.5, amountCurrency: 'USD' });
		expect(result.error?.message).toBe('Amount (Cents) must be a whole number, got 49.5 (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('updates the price of an add-on', async () => {
		server.on('updateAddOn', { body: { add_on: addOn() } });
		await run({ operation: 'update', addOnCode: byCode('setup_fee'), updateFields: { amountCents: 5900 } });
		const [call] = server.calls('updateAddOn');
		expect([call.method, call.path, call.body]).toEqual(['PUT', '/add_ons/setup_fee', { add_on: { amount_cents: 5900 } }]);
	});

	it('gets and deletes an add-on by code', async () => {
		server.on('findAddOn', { body: { add_on: addOn() } });
		server.on('destroyAddOn', { body: { add_on: addOn() } });
		expect((await run({ operation: 'get', addOnCode: byCode('setup_fee') })).items).toEqual([addOn()]);
		expect((await run({ operation: 'delete', addOnCode: byCode('setup_fee') })).items).toEqual([{ deleted: true, id: 'setup_fee' }]);
		expect(server.calls('destroyAddOn')[0].path).toBe('/add_ons/setup_fee');
	});

	it('gets all add-ons across pages', async () => {
		const records = [1, 2, 3].map((n) => ({ ...addOn(), code: `a${n}` }));
		server.on('findAllAddOns', ({ query }) => {
			const page = Number(query.page);
			return { body: { add_ons: records.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.items).toEqual(records);
	});
});
