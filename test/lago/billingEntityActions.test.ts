import type { ContractServer } from '../contract/server';
import { lagoRunner } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'billingEntity');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const byCode = (value: string) => ({ __rl: true, mode: 'code', value });

describe('Lago › Billing Entity', () => {
	it('creates a billing entity with its billing configuration nested', async () => {
		const answer = exampleResponse('createBillingEntity');
		server.on('createBillingEntity', { body: answer });
		const result = await run({
			operation: 'create',
			code: 'acme_eu',
			name: 'Acme Europe',
			additionalFields: { country: 'fr', defaultCurrency: 'eur', invoiceGracePeriod: 3, documentLocale: 'fr', netPaymentTerm: 30 },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createBillingEntity')[0].body).toEqual({
			billing_entity: {
				code: 'acme_eu',
				name: 'Acme Europe',
				country: 'FR',
				default_currency: 'EUR',
				net_payment_term: 30,
				billing_configuration: { invoice_grace_period: 3, document_locale: 'fr' },
			},
		});
		expect(result.items).toEqual([answer]);
	});

	it('gets one (unwrapped), lists all (one item each) and updates one', async () => {
		const one = exampleResponse('getBillingEntity');
		const list = exampleResponse('listBillingEntities');
		const updated = exampleResponse('updateBillingEntity');
		server.on('getBillingEntity', { body: one });
		server.on('listBillingEntities', { body: { billing_entities: [...(list.billing_entities as object[]), ...(list.billing_entities as object[])] } });
		server.on('updateBillingEntity', { body: updated });
		expect((await run({ operation: 'get', billingEntity: byCode('acme_eu') })).items).toEqual([one.billing_entity]);
		expect(server.calls('getBillingEntity')[0].path).toBe('/billing_entities/acme_eu');
		expect((await run({ operation: 'getAll' })).items).toHaveLength(2);
		const result = await run({ operation: 'update', billingEntity: byCode('acme_eu'), updateFields: { name: 'Acme EU', taxCodes: 'vat_fr, vat_de' } });
		expect(server.calls('updateBillingEntity')[0].body).toEqual({ billing_entity: { name: 'Acme EU', tax_codes: ['vat_fr', 'vat_de'] } });
		expect(result.items).toEqual([updated]);
	});
});
