import type { ContractRequest, ContractServer } from '../contract/server';
import { byExternalId, lagoRunner, meta, pick } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

import { INVOICE_FIELDS, WALLET_FIELDS } from '../../nodes/Lago/billingFields';

let server: ContractServer;
beforeAll(async () => {
	server = await startCheckedLagoServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

type Row = Record<string, unknown>;

/**
 * Two pages of the documented record, each named after its page and position (`lago_id` ends in page and row),
 * with `meta` saying whether another page follows; `perPage` records per page, at most what was asked for.
 */
function twoPages(operationId: string, records: string) {
	const [example] = exampleResponse(operationId)[records] as Row[];
	const record = (page: number, row: number): Row => ({ ...example, lago_id: `1a901a90-1a90-1a90-1a90-0000000${page}000${row}` });
	return {
		record,
		answer: ({ query }: ContractRequest) => {
			const page = Number(query.page);
			const size = Math.min(Number(query.per_page), 2);
			return { body: { [records]: Array.from({ length: size }, (_, row) => record(page, row)), meta: meta(page, 2, 4) } };
		},
	};
}

const customerRun = (parameters: Record<string, unknown>) => lagoRunner(server, 'customer')(parameters);

describe('Lago › Customer › Get Invoices', () => {
	it("walks every page of the customer's invoices with the filters in the query, simplified by default", async () => {
		const pages = twoPages('findAllCustomerInvoices', 'invoices');
		server.on('findAllCustomerInvoices', pages.answer);
		const result = await customerRun({
			operation: 'getInvoices',
			customer: byExternalId('cust 7+a'),
			returnAll: true,
			filters: {
				amountFrom: 9000,
				amountTo: 100000,
				issuingDateFrom: '2026-07-01T10:30:00',
				issuingDateTo: '2026-07-31',
				status: 'finalized',
				paymentStatus: 'failed',
				paymentOverdue: false,
				paymentDisputeLost: true,
				selfBilled: false,
				invoiceType: 'one_off',
				searchTerm: 'INV-7',
				metadata: { values: [{ key: 'plan', value: 'pro' }] },
			},
		});
		expect(result.error).toBeUndefined();
		const calls = server.calls('findAllCustomerInvoices');
		expect(calls.map((call) => call.path)).toEqual(['/customers/cust%207%2Ba/invoices', '/customers/cust%207%2Ba/invoices']);
		expect(calls.map((call) => call.query.page)).toEqual(['1', '2']);
		expect(calls[1].query).toEqual({
			amount_from: '9000',
			amount_to: '100000',
			issuing_date_from: '2026-07-01',
			issuing_date_to: '2026-07-31',
			status: 'finalized',
			payment_status: 'failed',
			payment_overdue: 'false',
			payment_dispute_lost: 'true',
			self_billed: 'false',
			invoice_type: 'one_off',
			search_term: 'INV-7',
			'metadata[plan]': 'pro',
			page: '2',
			per_page: '100',
		});
		expect(result.items).toEqual([pages.record(1, 0), pages.record(1, 1), pages.record(2, 0), pages.record(2, 1)].map((r) => pick(r, INVOICE_FIELDS)));
		expect(Object.keys(result.items[0]).length).toBeLessThan(Object.keys(pages.record(1, 0)).length);
	});

	it('stops at the Limit and, with Simplify off, outputs the whole invoices', async () => {
		const pages = twoPages('findAllCustomerInvoices', 'invoices');
		server.on('findAllCustomerInvoices', pages.answer);
		const result = await customerRun({ operation: 'getInvoices', customer: byExternalId('cust_1'), limit: 1, simplify: false });
		expect(result.items).toEqual([pages.record(1, 0)]);
		expect(server.calls('findAllCustomerInvoices').map((call) => call.query)).toEqual([{ page: '1', per_page: '1' }]);
	});

	it('refuses an issuing date that is not a date before asking Lago, naming the field and the item', async () => {
		const result = await customerRun({ operation: 'getInvoices', customer: byExternalId('cust_1'), filters: { issuingDateFrom: 'last week' } });
		expect(result.error?.message).toBe('Issued From is not a date: "last week" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it("reports Lago's 404 for an unknown customer", async () => {
		server.on('findAllCustomerInvoices', { status: 404, body: { status: 404, error: 'Not Found', code: 'customer_not_found' } });
		const result = await customerRun({ operation: 'getInvoices', customer: byExternalId('nobody'), returnAll: true });
		expect(result.error?.message).toMatch(/customer_not_found|customer not found/i);
		expect(server.calls('findAllCustomerInvoices')[0].path).toBe('/customers/nobody/invoices');
	});
});

describe("Lago › Customer › a customer's other records", () => {
	it.each([
		[
			'getCreditNotes',
			'findAllCustomerCreditNotes',
			'credit_notes',
			{
				amountFrom: 100,
				creditStatus: 'consumed',
				refundStatus: 'failed',
				reason: 'order_change',
				invoiceNumber: 'LAG-1',
				issuingDateFrom: '2026-07-01',
				searchTerm: 'Jane',
				selfBilled: true,
			},
			{
				amount_from: '100',
				credit_status: 'consumed',
				refund_status: 'failed',
				reason: 'order_change',
				invoice_number: 'LAG-1',
				issuing_date_from: '2026-07-01',
				search_term: 'Jane',
				self_billed: 'true',
			},
		],
		['getPayments', 'findAllCustomerPayments', 'payments', { invoiceId: '1a901a90-1a90-1a90-1a90-1a901a901a90' }, { invoice_id: '1a901a90-1a90-1a90-1a90-1a901a901a90' }],
		[
			'getPaymentRequests',
			'findAllCustomerPaymentRequests',
			'payment_requests',
			{ paymentStatus: 'succeeded', billingEntityCodes: 'acme_eu, acme_us' },
			{ payment_status: 'succeeded', 'billing_entity_codes[]': ['acme_eu', 'acme_us'] },
		],
		[
			'getAppliedCoupons',
			'findAllCustomerAppliedCoupons',
			'applied_coupons',
			{ status: 'terminated', couponCodes: 'BLACK_FRIDAY, XMAS' },
			{ status: 'terminated', 'coupon_code[]': ['BLACK_FRIDAY', 'XMAS'] },
		],
	])('%s walks every page of %s with the filters in the query', async (operation, operationId, records, filters, query) => {
		const pages = twoPages(operationId, records);
		server.on(operationId, pages.answer);
		const result = await customerRun({ operation, customer: byExternalId('cust 7+a'), returnAll: true, filters });
		expect(result.error).toBeUndefined();
		const calls = server.calls(operationId);
		expect(calls.map((call) => call.path)).toEqual([`/customers/cust%207%2Ba/${records}`, `/customers/cust%207%2Ba/${records}`]);
		expect(calls.map((call) => call.query)).toEqual([
			{ ...query, page: '1', per_page: '100' },
			{ ...query, page: '2', per_page: '100' },
		]);
		expect(result.items).toEqual([pages.record(1, 0), pages.record(1, 1), pages.record(2, 0), pages.record(2, 1)]);

		server.reset();
		server.on(operationId, pages.answer);
		const limited = await customerRun({ operation, customer: byExternalId('cust_1'), limit: 3 });
		expect(limited.items).toEqual([pages.record(1, 0), pages.record(1, 1), pages.record(2, 0)]);
		expect(server.calls(operationId).map((call) => call.query.page)).toEqual(['1', '2']);
	});

	it("walks every page of the customer's wallets, simplified unless asked otherwise", async () => {
		const pages = twoPages('findAllCustomerWallets', 'wallets');
		server.on('findAllCustomerWallets', pages.answer);
		const result = await customerRun({ operation: 'getWallets', customer: byExternalId('cust_1'), returnAll: true, filters: { billingEntityCodes: 'acme_eu' } });
		expect(server.calls('findAllCustomerWallets').map((call) => [call.path, call.query])).toEqual([
			['/customers/cust_1/wallets', { 'billing_entity_codes[]': 'acme_eu', page: '1', per_page: '100' }],
			['/customers/cust_1/wallets', { 'billing_entity_codes[]': 'acme_eu', page: '2', per_page: '100' }],
		]);
		expect(result.items).toEqual([pages.record(1, 0), pages.record(1, 1), pages.record(2, 0), pages.record(2, 1)].map((r) => pick(r, WALLET_FIELDS)));

		const raw = await customerRun({ operation: 'getWallets', customer: byExternalId('cust_1'), limit: 2, simplify: false });
		expect(raw.items).toEqual([pages.record(1, 0), pages.record(1, 1)]);
	});

	it('refuses a customer ID that would leave the customer path, before sending', async () => {
		const result = await customerRun({ operation: 'getPayments', customer: byExternalId('../payments'), returnAll: true });
		expect(result.error?.message).toBe('Customer cannot contain "/" or "\\", got "../payments" (item 0)');
		expect(server.requests).toEqual([]);
	});
});

describe('Lago › Event › Estimate Instant Fees (Batch)', () => {
	const eventRun = (parameters: Record<string, unknown>, extra: Parameters<ReturnType<typeof lagoRunner>>[1]) => lagoRunner(server, 'event')(parameters, extra);
	const [fee] = exampleResponse('eventBatchEstimateInstantFees').fees as Row[];
	/** Lago's answer: one fee per event, two for events with "double" in their properties, each naming its event. */
	const estimate = ({ body }: ContractRequest) => ({
		body: {
			fees: (body.events as Row[]).flatMap((event, n) =>
				Array.from({ length: (event.properties as Row).double ? 2 : 1 }, (_, k) => ({
					...fee,
					event_transaction_id: event.transaction_id,
					units: `${n}.${k}`,
				})),
			),
		},
	});
	const parameters = {
		operation: 'estimateInstantFeesBatch',
		subscription: byExternalId('={{ $json.subscription }}'),
		billableMetric: { __rl: true, mode: 'code', value: 'storage' },
		properties: '={{ $json.props }}',
		transactionId: '={{ $json.tx }}',
	};
	const input = [
		{ subscription: 'sub_1', props: { gb: 1 }, tx: 'tx_a' },
		{ subscription: 'sub_2', props: { gb: 2, double: true }, tx: '' },
		{ subscription: 'sub_1', props: { gb: 3 }, tx: 'tx_c' },
	];

	it('sends the events of all items flat, in batches, and gives each item the fees of its own event', async () => {
		server.on('eventBatchEstimateInstantFees', estimate);
		const result = await eventRun({ ...parameters, batchOptions: { batchSize: 2 } }, { input });
		expect(result.error).toBeUndefined();
		const batches = server.calls('eventBatchEstimateInstantFees').map((call) => call.body.events as Row[]);
		expect(batches.map((events) => events.length)).toEqual([2, 1]);
		const [first, second] = batches[0];
		expect(first).toEqual({ external_subscription_id: 'sub_1', code: 'storage', properties: { gb: 1 }, transaction_id: 'tx_a' });
		// An event without a transaction ID gets one, so its fees can find their way back to its item.
		expect(second.transaction_id).toMatch(/^[0-9a-f-]{36}$/);
		expect(batches[1][0].transaction_id).toBe('tx_c');
		expect(result.items.map((item) => [item.event_transaction_id, item.units])).toEqual([
			['tx_a', '0.0'],
			[second.transaction_id, '1.0'],
			[second.transaction_id, '1.1'],
			['tx_c', '0.0'],
		]);
		expect(result.items[0]).toEqual({ ...fee, event_transaction_id: 'tx_a', units: '0.0' });
		expect(result.rawItems.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 1 }, { item: 2 }]);
		expect(server.calls('eventEstimateInstantFees')).toEqual([]);
	});

	it('puts fees that name no event of the request on the first item of that request', async () => {
		server.on('eventBatchEstimateInstantFees', { body: { fees: [{ ...fee, event_transaction_id: 'someone_else' }] } });
		const result = await eventRun(parameters, { input });
		expect(server.calls('eventBatchEstimateInstantFees')).toHaveLength(1);
		expect(result.items).toEqual([{ ...fee, event_transaction_id: 'someone_else' }]);
		expect(result.rawItems[0].pairedItem).toEqual({ item: 0 });
	});

	it('checks every event as the single estimate does, and sends nothing when one is invalid', async () => {
		const broken = [...input];
		broken[2] = { ...broken[2], subscription: '' };
		const result = await eventRun(parameters, { input: broken });
		expect(result.error?.message).toBe('Subscription is required (item 2)');
		expect(server.requests).toEqual([]);
	});

	it('refuses a batch size above 100, naming the field and the item', async () => {
		const result = await eventRun({ ...parameters, batchOptions: { batchSize: 500 } }, { input });
		expect(result.error?.message).toMatch(/^(Options › )?Batch Size must be .*500.* \(item 0\)$/);
		expect(server.requests).toEqual([]);
	});
});
