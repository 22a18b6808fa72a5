import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'planCharge');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const byCode = (value: string) => ({ __rl: true, mode: 'code', value });
const METRIC_ID = '1a901a90-1a90-1a90-1a90-1a901a901a91';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const chargeExample = () => exampleResponse('findPlanCharge').charge as Record<string, unknown>;
const filterExample = () => exampleResponse('findPlanChargeFilter').filter as Record<string, unknown>;
const echoCharge = ({ body }: { body: { charge: Record<string, unknown> } }) => ({
	body: { charge: { ...chargeExample(), charge_model: body.charge.charge_model ?? 'standard', properties: body.charge.properties ?? {} } },
});

describe('Lago › Plan Charge', () => {
	it('adds a standard charge: the price from structured fields, the metric by ID', async () => {
		server.on('createPlanCharge', echoCharge);
		const result = await run({
			operation: 'create',
			plan: byCode('startup'),
			billableMetricId: byId(METRIC_ID),
			code: 'api_requests',
			chargeModel: 'standard',
			amount: ' 0.05 ',
			options: { payInAdvance: false, taxCodes: 'vat_fr', minAmountCents: 100 },
		});
		expect(result.error).toBeUndefined();
		const [call] = server.calls('createPlanCharge');
		expect(call.path).toBe('/plans/startup/charges');
		expect(call.body).toEqual({
			charge: {
				billable_metric_id: METRIC_ID,
				code: 'api_requests',
				charge_model: 'standard',
				properties: { amount: '0.05' },
				pay_in_advance: false,
				tax_codes: ['vat_fr'],
				min_amount_cents: 100,
			},
		});
		expect(result.items).toEqual([{ ...chargeExample(), charge_model: 'standard', properties: { amount: '0.05' } }]);
	});

	it('turns graduated tiers into contiguous ranges, the last one open-ended', async () => {
		server.on('createPlanCharge', echoCharge);
		const result = await run({
			operation: 'create',
			plan: byCode('startup'),
			billableMetricId: byId(METRIC_ID),
			chargeModel: 'graduated',
			tiers: {
				tier: [
					{ upTo: 100, perUnitAmount: '0', flatAmount: '0' },
					{ upTo: 1000, perUnitAmount: '0.02', flatAmount: '5' },
					{ upTo: 0, perUnitAmount: '0.01', flatAmount: '0' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createPlanCharge')[0].body.charge).toEqual({
			billable_metric_id: METRIC_ID,
			charge_model: 'graduated',
			properties: {
				graduated_ranges: [
					{ from_value: 0, to_value: 100, per_unit_amount: '0', flat_amount: '0' },
					{ from_value: 101, to_value: 1000, per_unit_amount: '0.02', flat_amount: '5' },
					{ from_value: 1001, to_value: null, per_unit_amount: '0.01', flat_amount: '0' },
				],
			},
		});
	});

	it('sends package and percentage prices, and the rare models from JSON', async () => {
		server.on('createPlanCharge', echoCharge);
		const base = { operation: 'create', plan: byCode('startup'), billableMetricId: byId(METRIC_ID) };
		await run({ ...base, chargeModel: 'package', amount: '30', packageSize: 1000, freeUnits: 100 });
		await run({ ...base, chargeModel: 'percentage', rate: '1.5', percentageOptions: { fixedAmount: '0.30', freeUnitsPerEvents: 5 } });
		await run({ ...base, chargeModel: 'dynamic', propertiesJson: '{}' });
		await run({
			...base,
			chargeModel: 'graduated_percentage',
			propertiesJson: '{"graduated_percentage_ranges":[{"from_value":0,"to_value":null,"rate":"1","flat_amount":"0"}]}',
		});
		expect(server.calls('createPlanCharge').map((c) => [c.body.charge.charge_model, c.body.charge.properties])).toEqual([
			['package', { amount: '30', package_size: 1000, free_units: 100 }],
			['percentage', { rate: '1.5', fixed_amount: '0.30', free_units_per_events: 5 }],
			['dynamic', {}],
			['graduated_percentage', { graduated_percentage_ranges: [{ from_value: 0, to_value: null, rate: '1', flat_amount: '0' }] }],
		]);
	});

	it('refuses a price that is not a decimal, or tiers that go down, naming the field', async () => {
		const base = { operation: 'create', plan: byCode('startup'), billableMetricId: byId(METRIC_ID) };
		const comma = await run({ ...base, chargeModel: 'standard', amount: '0,05' });
		expect(comma.error?.message).toBe('Amount must be a decimal number such as 0.50, got "0,05" (item 0)');
		const down = await run({ ...base, chargeModel: 'volume', tiers: { tier: [{ upTo: 100, perUnitAmount: '1', flatAmount: '0' }, { upTo: 50, perUnitAmount: '1', flatAmount: '0' }, { upTo: 0, perUnitAmount: '1', flatAmount: '0' }] } });
		expect(down.error?.message).toBe('Tiers tier 2 must end at a whole number of units of at least 101, got 50 (item 0)');
		const none = await run({ ...base, chargeModel: 'graduated' });
		expect(none.error?.message).toBe('Tiers needs at least one tier (item 0)');
		expect(server.calls('createPlanCharge')).toHaveLength(0);
	});

	it('updates a charge: Keep Current Price sends no properties; a new price sends model and properties', async () => {
		server.on('updatePlanCharge', echoCharge);
		await run({ operation: 'update', plan: byCode('startup'), charge: byCode('api_requests'), updateFields: { invoiceDisplayName: 'API calls', cascadeUpdates: true } });
		await run({ operation: 'update', plan: byCode('startup'), charge: byCode('api_requests'), chargeModel: 'volume', tiers: { tier: [{ upTo: 10, perUnitAmount: '1', flatAmount: '0' }, { upTo: 0, perUnitAmount: '0.5', flatAmount: '0' }] } });
		const [keep, volume] = server.calls('updatePlanCharge');
		expect(keep.path).toBe('/plans/startup/charges/api_requests');
		expect(keep.body).toEqual({ charge: { invoice_display_name: 'API calls', cascade_updates: true } });
		expect(volume.body).toEqual({
			charge: {
				charge_model: 'volume',
				properties: {
					volume_ranges: [
						{ from_value: 0, to_value: 10, per_unit_amount: '1', flat_amount: '0' },
						{ from_value: 11, to_value: null, per_unit_amount: '0.5', flat_amount: '0' },
					],
				},
			},
		});
	});

	it('gets one charge, lists them, and deletes one', async () => {
		server.on('findPlanCharge', { body: { charge: chargeExample() } });
		server.on('findAllPlanCharges', ({ query }) => ({ body: { charges: [{ ...chargeExample(), code: `c${query.page}` }], meta: meta(Number(query.page), 2, 2) } }));
		server.on('destroyPlanCharge', { body: { charge: chargeExample() } });
		expect((await run({ operation: 'get', plan: byCode('startup'), charge: byCode('api_requests') })).items).toEqual([chargeExample()]);
		const all = await run({ operation: 'getAll', plan: byCode('startup'), returnAll: true });
		expect(all.items.map((c) => c.code)).toEqual(['c1', 'c2']);
		const limited = await run({ operation: 'getAll', plan: byCode('startup'), limit: 1 });
		expect(limited.items).toHaveLength(1);
		expect(server.calls('findAllPlanCharges').at(-1)?.query).toEqual({ page: '1', per_page: '1' });
		const deleted = await run({ operation: 'delete', plan: byCode('startup'), charge: byCode('api_requests'), cascadeUpdates: true });
		expect(server.calls('destroyPlanCharge')[0].body).toEqual({ charge: { cascade_updates: true } });
		expect(deleted.items).toEqual([{ deleted: true, id: 'api_requests' }]);
	});

	it('creates, reads, lists, updates and deletes charge filters', async () => {
		server.on('createPlanChargeFilter', ({ body }) => ({ body: { filter: { ...filterExample(), values: body.filter.values, properties: body.filter.properties } } }));
		server.on('findPlanChargeFilter', { body: { filter: filterExample() } });
		server.on('findAllPlanChargeFilters', { body: { filters: [filterExample()], meta: meta(1, 1, 1) } });
		server.on('updatePlanChargeFilter', { body: { filter: filterExample() } });
		server.on('destroyPlanChargeFilter', { body: { filter: filterExample() } });
		const path = { plan: byCode('startup'), charge: byCode('api_requests') };
		const created = await run({
			operation: 'createFilter',
			...path,
			filterValues: { values: [{ key: 'region', values: 'us, eu' }] },
			chargeModel: 'standard',
			amount: '0.1',
			options: { invoiceDisplayName: 'US and EU' },
		});
		expect(server.calls('createPlanChargeFilter')[0].body).toEqual({
			filter: { values: { region: ['us', 'eu'] }, properties: { amount: '0.1' }, invoice_display_name: 'US and EU' },
		});
		expect(created.items).toEqual([{ ...filterExample(), values: { region: ['us', 'eu'] }, properties: { amount: '0.1' } }]);

		const filterId = '1a901a90-1a90-1a90-1a90-1a901a901a99';
		expect((await run({ operation: 'getFilter', ...path, filterId })).items).toEqual([filterExample()]);
		expect(server.calls('findPlanChargeFilter')[0].path).toBe(`/plans/startup/charges/api_requests/filters/${filterId}`);
		expect((await run({ operation: 'getAllFilters', ...path, returnAll: true })).items).toEqual([filterExample()]);
		await run({ operation: 'updateFilter', ...path, filterId, updateFields: { invoiceDisplayName: 'Americas' } });
		expect(server.calls('updatePlanChargeFilter')[0].body).toEqual({ filter: { invoice_display_name: 'Americas' } });
		const deleted = await run({ operation: 'deleteFilter', ...path, filterId });
		expect(deleted.items).toEqual([{ deleted: true, id: filterId }]);
	});
});
