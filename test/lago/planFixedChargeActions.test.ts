import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'planFixedCharge');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const plan = { __rl: true, mode: 'code', value: 'startup' };
const fixedCharge = () => exampleResponse('findPlanFixedCharge').fixed_charge as Record<string, unknown>;

describe('Lago › Plan Fixed Charge', () => {
	it('adds a fixed charge for an add-on with units and a standard price', async () => {
		server.on('createPlanFixedCharge', { body: { fixed_charge: fixedCharge() } });
		const result = await run({
			operation: 'create',
			plan,
			addOnCode: 'seats',
			code: 'seats_fee',
			units: '5',
			chargeModel: 'standard',
			amount: '10',
			options: { payInAdvance: true, cascadeUpdates: true },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createPlanFixedCharge')[0].body).toEqual({
			fixed_charge: {
				add_on_code: 'seats',
				code: 'seats_fee',
				units: '5',
				charge_model: 'standard',
				properties: { amount: '10' },
				pay_in_advance: true,
				cascade_updates: true,
			},
		});
		expect(result.items).toEqual([fixedCharge()]);
	});

	it('refuses a fixed charge without an add-on before sending', async () => {
		const result = await run({ operation: 'create', plan, addOnCode: '  ', chargeModel: 'standard', amount: '10' });
		expect(result.error?.message).toBe('Add-On Code is required (item 0)');
		expect(server.calls('createPlanFixedCharge')).toHaveLength(0);
	});

	it('updates units and tiers, gets, lists and deletes fixed charges', async () => {
		server.on('updatePlanFixedCharge', { body: { fixed_charge: fixedCharge() } });
		server.on('findPlanFixedCharge', { body: { fixed_charge: fixedCharge() } });
		server.on('findAllPlanFixedCharges', { body: { fixed_charges: [fixedCharge(), fixedCharge()], meta: meta(1, 1, 2) } });
		server.on('destroyPlanFixedCharge', { body: { fixed_charge: fixedCharge() } });
		await run({
			operation: 'update',
			plan,
			fixedChargeCode: 'seats_fee',
			chargeModel: 'graduated',
			tiers: { tier: [{ upTo: 10, perUnitAmount: '5', flatAmount: '0' }, { upTo: 0, perUnitAmount: '4', flatAmount: '0' }] },
			updateFields: { units: '12', applyUnitsImmediately: true },
		});
		const [update] = server.calls('updatePlanFixedCharge');
		expect(update.path).toBe('/plans/startup/fixed_charges/seats_fee');
		expect(update.body).toEqual({
			fixed_charge: {
				units: '12',
				apply_units_immediately: true,
				charge_model: 'graduated',
				properties: {
					graduated_ranges: [
						{ from_value: 0, to_value: 10, per_unit_amount: '5', flat_amount: '0' },
						{ from_value: 11, to_value: null, per_unit_amount: '4', flat_amount: '0' },
					],
				},
			},
		});
		expect((await run({ operation: 'get', plan, fixedChargeCode: 'seats_fee' })).items).toEqual([fixedCharge()]);
		expect((await run({ operation: 'getAll', plan, returnAll: true })).items).toEqual([fixedCharge(), fixedCharge()]);
		const deleted = await run({ operation: 'delete', plan, fixedChargeCode: 'seats_fee' });
		expect(server.calls('destroyPlanFixedCharge')[0].path).toBe('/plans/startup/fixed_charges/seats_fee');
		expect(deleted.items).toEqual([{ deleted: true, id: 'seats_fee' }]);
	});
});
