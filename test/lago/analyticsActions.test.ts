import type { ContractServer } from '../contract/server';
import { lagoRunner } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'analytics');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

/** Two rows of a report, from the document's example row, with different months. */
function twoRows(operationId: string, property: string) {
	const [row] = exampleResponse(operationId)[property] as Array<Record<string, unknown>>;
	return [
		{ ...row, month: '2026-06-01T00:00:00Z' },
		{ ...row, month: '2026-07-01T00:00:00Z' },
	];
}

describe('Lago › Analytics', () => {
	it.each([
		['getGrossRevenue', 'findAllGrossRevenues', 'gross_revenues', true],
		['getInvoiceCollection', 'findAllInvoiceCollections', 'invoice_collections', false],
		['getInvoicedUsage', 'findAllInvoicedUsages', 'invoiced_usages', false],
		['getMrr', 'findAllMrrs', 'mrrs', false],
		['getOverdueBalance', 'findAllOverdueBalances', 'overdue_balances', true],
	])('%s outputs one item per row, with currency and months as asked', async (operation, operationId, property, perCustomer) => {
		const reportRows = twoRows(operationId, property);
		server.on(operationId, { body: { [property]: reportRows } });
		const result = await run({
			operation,
			options: { currency: ' eur ', months: 6, ...(perCustomer ? { externalCustomerId: 'cust_1' } : {}) },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls(operationId)[0].query).toEqual({ currency: 'EUR', months: '6', ...(perCustomer ? { external_customer_id: 'cust_1' } : {}) });
		expect(result.items).toEqual(reportRows);
	});

	it('outputs nothing for a report without rows', async () => {
		server.on('findAllMrrs', { body: { mrrs: [] } });
		const result = await run({ operation: 'getMrr' });
		expect(server.calls('findAllMrrs')[0].query).toEqual({});
		expect(result.items).toEqual([]);
	});

	it('gets usage by day with its filters, dates as calendar days', async () => {
		const [row] = exampleResponse('findAllUsages').usages as Array<Record<string, unknown>>;
		server.on('findAllUsages', { body: { usages: [row, { ...row, billable_metric_code: 'storage' }] } });
		const result = await run({
			operation: 'getUsage',
			timeGranularity: 'daily',
			filters: { fromDate: '2026-07-01T00:00:00', toDate: '2026-07-31', customerCountry: 'fr', planCode: 'startup', isBillableMetricRecurring: false },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('findAllUsages')[0].query).toEqual({
			time_granularity: 'daily',
			from_date: '2026-07-01',
			to_date: '2026-07-31',
			customer_country: 'FR',
			plan_code: 'startup',
			is_billable_metric_recurring: 'false',
		});
		expect(result.items).toEqual([row, { ...row, billable_metric_code: 'storage' }]);
	});

	it('refuses a date that is not one, before sending', async () => {
		const result = await run({ operation: 'getUsage', filters: { fromDate: 'last tuesday' } });
		expect(result.error?.message).toBe('From Date is not a date: "last tuesday" (item 0)');
		expect(server.calls('findAllUsages')).toHaveLength(0);
	});
});
