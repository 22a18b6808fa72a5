import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'tax');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const taxRecord = () => exampleResponse('findTax').tax as Record<string, unknown>;
const byCode = (value: string) => ({ __rl: true, mode: 'code', value });

describe('Lago › Tax', () => {
	it('creates a tax with its rate as decimal text', async () => {
		server.on('createTax', { body: { tax: taxRecord() } });
		const result = await run({ operation: 'create', name: 'TVA', code: 'french_standard_vat', rate: ' 20 ', additionalFields: { appliedToOrganization: true } });
		expect(server.calls('createTax')[0].body).toEqual({ tax: { name: 'TVA', code: 'french_standard_vat', rate: '20', applied_to_organization: true } });
		expect(result.items).toEqual([taxRecord()]);
	});

	it('refuses a rate that is not a number', async () => {
		const result = await run({ operation: 'create', name: 'TVA', code: 'vat', rate: '20%' });
		expect(result.error?.message).toBe('Rate (%) must be a positive decimal number such as 12.5, got "20%" (item 0)');
		expect(server.calls('createTax')).toHaveLength(0);
	});

	it('gets, lists, updates and deletes taxes by code', async () => {
		server.on('findTax', { body: { tax: taxRecord() } });
		server.on('findAllTaxes', { body: { taxes: [taxRecord()], meta: meta(1, 1, 1) } });
		server.on('updateTax', { body: { tax: taxRecord() } });
		server.on('destroyTax', { body: { tax: taxRecord() } });
		expect((await run({ operation: 'get', tax: byCode('vat') })).items).toEqual([taxRecord()]);
		expect(server.calls('findTax')[0].path).toBe('/taxes/vat');
		expect((await run({ operation: 'getAll', returnAll: true })).items).toEqual([taxRecord()]);
		await run({ operation: 'update', tax: byCode('vat'), updateFields: { rate: '5.5' } });
		expect(server.calls('updateTax')[0].body).toEqual({ tax: { rate: '5.5' } });
		expect((await run({ operation: 'delete', tax: byCode('vat') })).items).toEqual([{ deleted: true, id: 'vat' }]);
	});
});
