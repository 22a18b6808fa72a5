import type { ContractServer } from '../contract/server';
import { byExternalId, lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'subscriptionCharge');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const subscription = byExternalId('sub_1');
const charge = () => exampleResponse('findSubscriptionCharge').charge as Record<string, unknown>;
const fixedCharge = () => exampleResponse('findSubscriptionFixedCharge').fixed_charge as Record<string, unknown>;
const filter = () => exampleResponse('findSubscriptionChargeFilter').filter as Record<string, unknown>;

describe('Lago › Subscription Charge', () => {
	it('overrides the price of a charge for one subscription, without sending the model', async () => {
		server.on('overrideSubscriptionCharge', { body: { charge: charge() } });
		const result = await run({
			operation: 'override',
			subscription,
			chargeCode: 'api_requests',
			chargeModel: 'graduated',
			tiers: { tier: [{ upTo: 1000, perUnitAmount: '0', flatAmount: '0' }, { upTo: 0, perUnitAmount: '0.001', flatAmount: '0' }] },
			options: { invoiceDisplayName: 'API (negotiated)', minAmountCents: 500 },
		});
		expect(result.error).toBeUndefined();
		const [call] = server.calls('overrideSubscriptionCharge');
		expect(call.path).toBe('/subscriptions/sub_1/charges/api_requests');
		expect(call.body).toEqual({
			charge: {
				invoice_display_name: 'API (negotiated)',
				min_amount_cents: 500,
				properties: {
					graduated_ranges: [
						{ from_value: 0, to_value: 1000, per_unit_amount: '0', flat_amount: '0' },
						{ from_value: 1001, to_value: null, per_unit_amount: '0.001', flat_amount: '0' },
					],
				},
			},
		});
		expect(result.items).toEqual([charge()]);
	});

	it('overrides a fixed charge: units only, price kept', async () => {
		server.on('overrideSubscriptionFixedCharge', { body: { fixed_charge: fixedCharge() } });
		const result = await run({ operation: 'overrideFixedCharge', subscription, fixedChargeCode: 'seats', options: { units: '12', applyUnitsImmediately: true } });
		expect(server.calls('overrideSubscriptionFixedCharge')[0].body).toEqual({ fixed_charge: { units: '12', apply_units_immediately: true } });
		expect(result.items).toEqual([fixedCharge()]);
	});

	it('reads the charges and fixed charges of a subscription', async () => {
		server.on('findAllSubscriptionCharges', { body: { charges: [charge()], meta: meta(1, 1, 1) } });
		server.on('findSubscriptionCharge', { body: { charge: charge() } });
		server.on('findAllSubscriptionFixedCharges', { body: { fixed_charges: [fixedCharge()], meta: meta(1, 1, 1) } });
		server.on('findSubscriptionFixedCharge', { body: { fixed_charge: fixedCharge() } });
		expect((await run({ operation: 'getAll', subscription, returnAll: true })).items).toEqual([charge()]);
		expect(server.calls('findAllSubscriptionCharges')[0].query).toEqual({ subscription_status: 'active', page: '1', per_page: '100' });
		expect((await run({ operation: 'get', subscription, chargeCode: 'api_requests' })).items).toEqual([charge()]);
		expect((await run({ operation: 'getAllFixedCharges', subscription, returnAll: true })).items).toEqual([fixedCharge()]);
		expect((await run({ operation: 'getFixedCharge', subscription, fixedChargeCode: 'seats' })).items).toEqual([fixedCharge()]);
		expect(server.calls('findSubscriptionFixedCharge')[0].path).toBe('/subscriptions/sub_1/fixed_charges/seats');
	});

	it('creates, reads, updates and deletes charge filters of a subscription', async () => {
		server.on('createSubscriptionChargeFilter', { body: { filter: filter() } });
		server.on('findAllSubscriptionChargeFilters', { body: { filters: [filter()], meta: meta(1, 1, 1) } });
		server.on('findSubscriptionChargeFilter', { body: { filter: filter() } });
		server.on('updateSubscriptionChargeFilter', { body: { filter: filter() } });
		server.on('destroySubscriptionChargeFilter', { body: { filter: filter() } });
		const base = { subscription, chargeCode: 'api_requests' };
		const created = await run({ operation: 'createFilter', ...base, filterValues: { values: [{ key: 'region', values: 'eu' }] }, chargeModel: 'package', amount: '5', packageSize: 100, freeUnits: 0 });
		expect(server.calls('createSubscriptionChargeFilter')[0].body).toEqual({
			filter: { values: { region: ['eu'] }, properties: { amount: '5', package_size: 100, free_units: 0 } },
		});
		expect(created.items).toEqual([filter()]);
		const filterId = '1a901a90-1a90-1a90-1a90-1a901a901a98';
		expect((await run({ operation: 'getAllFilters', ...base, returnAll: true })).items).toEqual([filter()]);
		expect((await run({ operation: 'getFilter', ...base, filterId })).items).toEqual([filter()]);
		await run({ operation: 'updateFilter', ...base, filterId, chargeModel: 'standard', amount: '0.2' });
		expect(server.calls('updateSubscriptionChargeFilter')[0].body).toEqual({ filter: { properties: { amount: '0.2' } } });
		expect((await run({ operation: 'deleteFilter', ...base, filterId })).items).toEqual([{ deleted: true, id: filterId }]);
		expect(server.calls('destroySubscriptionChargeFilter')[0].path).toBe(`/subscriptions/sub_1/charges/api_requests/filters/${filterId}`);
	});
});
