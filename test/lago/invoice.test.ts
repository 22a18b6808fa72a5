import type { ContractServer } from '../contract/server';
import { fromList, invoice, lagoAnswers, lagoRunner, meta, simplifiedInvoice, startLagoServer } from './lagoServer';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startLagoServer();
	run = lagoRunner(server, 'invoice');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Invoice', () => {
	it("gets an invoice by its Lago ID", async () => {
		server.on('findInvoice', { body: { invoice: invoice(1) } });
		const result = await run({ operation: 'get', invoice: { __rl: true, mode: 'id', value: invoice(1).lago_id }, simplify: false });
		expect(server.calls('findInvoice')[0].path).toBe(`/invoices/${invoice(1).lago_id}`);
		expect(result.items).toEqual([invoice(1)]);
	});

	it('Simplify (on by default) keeps the fields a workflow usually needs, for one invoice and for many', async () => {
		// A whole record as Lago documents it: fees, subscriptions and taxes included.
		const record = lagoAnswers.complete('findInvoice', { invoice: { ...invoice(1), fees: [], subscriptions: [] } }).invoice as Record<string, unknown> & { lago_id: string };
		server.on('findInvoice', { body: { invoice: record } });
		server.on('findAllInvoices', { body: { invoices: [record], meta: meta(1, 1, 1) } });

		const one = await run({ operation: 'get', invoice: fromList(record.lago_id) });
		const many = await run({ operation: 'getAll', returnAll: true });

		expect(one.items).toEqual([simplifiedInvoice(record)]);
		expect(many.items).toEqual([simplifiedInvoice(record)]);
		expect(Object.keys(simplifiedInvoice(record))).toEqual(expect.arrayContaining(['lago_id', 'number', 'status', 'total_amount_cents']));
		expect(one.items[0]).not.toHaveProperty('fees');
		expect(one.items[0]).not.toHaveProperty('subscriptions');
	});

	it('turns a 404 into "Invoice not found"', async () => {
		server.on('findInvoice', { status: 404, body: { status: 404, error: 'Not Found', code: 'invoice_not_found' } });
		const result = await run({ operation: 'get', invoice: fromList(invoice(2).lago_id) });
		expect(result.error?.message).toBe('Invoice not found');
		expect(result.error?.httpCode).toBe('404');
	});

	it('gets many invoices with filters; dates are sent as days', async () => {
		server.on('findAllInvoices', { body: { invoices: [1, 2].map(invoice), meta: meta(1, 1, 2) } });
		const result = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			simplify: false,
			filters: {
				externalCustomerId: 'cust_1',
				issuingDateFrom: '2026-07-01T00:00:00',
				issuingDateTo: '2026-07-31',
				statuses: ['finalized', 'voided'],
				paymentStatuses: ['failed'],
				paymentOverdue: true,
				currency: 'eur',
				invoiceType: 'subscription',
				amountFrom: 9000,
				searchTerm: 'acme',
			},
		});
		expect(result.items).toEqual([1, 2].map(invoice));
		expect(server.calls('findAllInvoices')[0].query).toEqual({
			external_customer_id: 'cust_1',
			issuing_date_from: '2026-07-01',
			issuing_date_to: '2026-07-31',
			'statuses[]': ['finalized', 'voided'],
			'payment_statuses[]': 'failed',
			payment_overdue: 'true',
			currency: 'EUR',
			invoice_type: 'subscription',
			amount_from: '9000',
			search_term: 'acme',
			page: '1',
			per_page: '10',
		});
	});

	it('Return All stops when meta.next_page is null, even on a full page', async () => {
		server.on('findAllInvoices', ({ query }) => ({
			body: { invoices: Array.from({ length: 100 }, (_, i) => invoice(i + 1 + (Number(query.page) - 1) * 100)), meta: meta(Number(query.page), 2, 200) },
		}));
		const result = await run({ operation: 'getAll', returnAll: true, simplify: false });
		expect(result.items).toHaveLength(200);
		expect(result.items[199]).toEqual(invoice(200));
		expect(server.calls('findAllInvoices').map((r) => r.query.page)).toEqual(['1', '2']);
	});

	it('refuses a malformed date filter before sending', async () => {
		const result = await run({ operation: 'getAll', filters: { issuingDateFrom: 'July' } });
		expect(result.error?.message).toBe('Issued From is not a date: "July" (item 0)');
		expect(server.requests).toEqual([]);
	});
});
