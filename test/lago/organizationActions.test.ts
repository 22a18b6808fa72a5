import type { ContractServer } from '../contract/server';
import { lagoRunner } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'organization');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Organization', () => {
	it('updates the organization settings, billing configuration nested', async () => {
		const answer = exampleResponse('updateOrganization');
		server.on('updateOrganization', { body: answer });
		const result = await run({ operation: 'update', updateFields: { country: 'fr', netPaymentTerm: 30, invoiceFooter: 'Thanks', timezone: 'Europe/Paris' } });
		expect(server.calls('updateOrganization')[0].body).toEqual({
			organization: { country: 'FR', net_payment_term: 30, timezone: 'Europe/Paris', billing_configuration: { invoice_footer: 'Thanks' } },
		});
		expect(result.items).toEqual([answer.organization]);
	});

	it('gets the public key that verifies webhook signatures', async () => {
		const answer = exampleResponse('fetchJsonPublicKey');
		server.on('fetchJsonPublicKey', { body: answer });
		const result = await run({ operation: 'getWebhookPublicKey' });
		expect(result.items).toEqual([answer.webhook]);
		expect(typeof result.items[0].public_key).toBe('string');
	});
});
