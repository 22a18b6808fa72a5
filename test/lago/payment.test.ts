import type { ContractServer } from '../contract/server';
import { sample, startBillingServer, startFileServer } from './billingSamples';
import { byExternalId, lagoRunner, meta } from './lagoServer';

const INVOICE_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';
const ID = '1a901a90-1a90-1a90-1a90-1a901a901a96';

let server: ContractServer;
let files: Awaited<ReturnType<typeof startFileServer>>;
beforeAll(async () => {
	server = await startBillingServer();
	files = await startFileServer();
});
afterAll(async () => {
	await server.close();
	await files.close();
});
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Payment', () => {
	const run = (parameters: Record<string, unknown>) => lagoRunner(server, 'payment')(parameters);

	it('records a manual payment of an invoice', async () => {
		const payment = sample('Payment');
		server.on('createPayment', { body: payment });
		const result = await run({
			operation: 'create',
			invoiceId: { __rl: true, mode: 'id', value: INVOICE_ID },
			amountCents: 12000,
			reference: 'Wire 42',
			additionalFields: { paidAt: '2026-07-03T10:00:00' },
		});
		expect(server.calls('createPayment')[0].body).toEqual({ payment: { invoice_id: INVOICE_ID, amount_cents: 12000, reference: 'Wire 42', paid_at: '2026-07-03' } });
		expect(result.items).toEqual([payment.payment]);
	});

	it('refuses a payment without a reference before sending', async () => {
		const result = await run({ operation: 'create', invoiceId: { __rl: true, mode: 'id', value: INVOICE_ID }, amountCents: 100, reference: ' ' });
		expect(result.error?.message).toBe('Reference is required (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets a payment', async () => {
		const payment = sample('PaymentObject');
		server.on('findPayment', { body: payment });
		const result = await run({ operation: 'get', paymentId: ID });
		expect(server.calls('findPayment')[0].path).toBe(`/payments/${ID}`);
		expect(result.items).toEqual([payment]);
	});

	it('gets many payments of an invoice', async () => {
		const records = [sample('PaymentObject')];
		server.on('findAllPayments', { body: { payments: records, meta: meta(1, 1, 1) } });
		const result = await run({ operation: 'getAll', returnAll: true, filters: { invoiceId: INVOICE_ID, externalCustomerId: 'cust_1' } });
		expect(result.items).toEqual(records);
		expect(server.calls('findAllPayments')[0].query).toEqual({ invoice_id: INVOICE_ID, external_customer_id: 'cust_1', page: '1', per_page: '100' });
	});
});

describe('Lago › Payment Request', () => {
	const run = (parameters: Record<string, unknown>) => lagoRunner(server, 'paymentRequest')(parameters);

	it('requests payment of overdue invoices', async () => {
		const request = sample('PaymentRequest');
		server.on('createPaymentRequest', { body: request });
		const result = await run({
			operation: 'create',
			customer: byExternalId('cust_1'),
			email: ' billing@acme.com ',
			invoiceIds: `${INVOICE_ID}, ${ID}`,
			options: { paymentMethodType: 'provider' },
		});
		expect(server.calls('createPaymentRequest')[0].body).toEqual({
			payment_request: {
				external_customer_id: 'cust_1',
				email: 'billing@acme.com',
				lago_invoice_ids: [INVOICE_ID, ID],
				payment_method: { payment_method_type: 'provider' },
			},
		});
		expect(result.items).toEqual([request.payment_request]);
	});

	it('refuses an invalid email before sending', async () => {
		const result = await run({ operation: 'create', customer: byExternalId('cust_1'), email: 'nope', invoiceIds: INVOICE_ID });
		expect(result.error?.message).toBe('Email is not a valid email address: "nope" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets one and many payment requests', async () => {
		const record = sample('PaymentRequestObject');
		server.on('findPaymentRequest', { body: record });
		server.on('findAllPaymentRequests', { body: { payment_requests: [record], meta: meta(1, 1, 1) } });
		expect((await run({ operation: 'get', paymentRequestId: ID })).items).toEqual([record]);
		const many = await run({ operation: 'getAll', filters: { paymentStatus: 'failed', currency: 'eur' } });
		expect(many.items).toEqual([record]);
		expect(server.calls('findAllPaymentRequests')[0].query).toEqual({ payment_status: 'failed', currency: 'EUR', page: '1', per_page: '50' });
	});
});

describe('Lago › Payment Receipt', () => {
	const run = (parameters: Record<string, unknown>) => lagoRunner(server, 'paymentReceipt')(parameters);

	it('gets one and many payment receipts', async () => {
		const receipt = sample('PaymentReceipt');
		server.on('findPaymentReceipt', { body: receipt });
		server.on('findAllPaymentReceipts', { body: { payment_receipts: [receipt.payment_receipt], meta: meta(1, 1, 1) } });
		expect((await run({ operation: 'get', paymentReceiptId: ID })).items).toEqual([receipt.payment_receipt]);
		expect((await run({ operation: 'getAll', filters: { invoiceId: INVOICE_ID } })).items).toEqual([receipt.payment_receipt]);
		expect(server.calls('findAllPaymentReceipts')[0].query.invoice_id).toBe(INVOICE_ID);
	});

	it('downloads the receipt PDF once its file URL appears', async () => {
		const pdf = Buffer.from('%PDF-1.7 receipt');
		const url = files.put('/receipts/r.pdf', pdf);
		const receipt = { ...sample('PaymentReceipt').payment_receipt, number: 'RCPT-1' };
		let reads = 0;
		// Lago's document does not list file_url on receipts; Lago's receipts carry one once the PDF exists.
		server.on('findPaymentReceipt', () => ({ body: { payment_receipt: ++reads >= 2 ? { ...receipt, file_url: url } : receipt } }));
		const result = await run({ operation: 'downloadPdf', paymentReceiptId: ID });
		expect(reads).toBe(2);
		expect(result.rawItems[0].json).toEqual({ ...receipt, file_url: url });
		expect(result.rawItems[0].binary?.data).toMatchObject({ fileName: 'payment-receipt-RCPT-1.pdf', mimeType: 'application/pdf' });
		expect(Buffer.from(result.rawItems[0].binary!.data.data, 'base64')).toEqual(pdf);
	});
});
