import type { ContractServer } from '../contract/server';
import { sample, startBillingServer, startFileServer } from './billingSamples';
import { byExternalId, INVOICE_SUMMARY, lagoRunner, simplifiedInvoice } from './lagoServer';

const INVOICE_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';
const invoiceRecord = () => sample('Invoice').invoice as Record<string, any>;
/** The invoice while Lago is still generating its PDF: no file URL yet (the document allows none, not an empty one). */
const withoutFile = (record: Record<string, any>) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'file_url'));
const byId = (value = INVOICE_ID) => ({ __rl: true, mode: 'id', value });

let server: ContractServer;
let files: Awaited<ReturnType<typeof startFileServer>>;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	files = await startFileServer();
	run = lagoRunner(server, 'invoice');
});
afterAll(async () => {
	await server.close();
	await files.close();
});
beforeEach(() => {
	server.reset();
	files.hits.length = 0;
});
afterEach(() => server.expectNoViolations());

describe('Lago › Invoice › Create One-Off', () => {
	it('sends the fees of each line and outputs the simplified invoice', async () => {
		server.on('createInvoice', { body: { invoice: invoiceRecord() } });
		const result = await run({
			operation: 'create',
			customer: byExternalId('cust_1'),
			fees: {
				fee: [
					{ addOnCode: 'setup_fee', units: '2', unitAmountCents: '1250', invoiceDisplayName: 'Setup', taxCodes: 'vat_20, city', fromDatetime: '2026-07-01T00:00:00', toDatetime: '2026-07-31' },
					{ addOnCode: 'support' },
				],
			},
			additionalFields: { currency: 'eur', invoiceCustomSectionCodes: 'eu_bank' },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createInvoice')[0].body).toEqual({
			invoice: {
				external_customer_id: 'cust_1',
				currency: 'EUR',
				invoice_custom_section: { invoice_custom_section_codes: ['eu_bank'] },
				fees: [
					{ add_on_code: 'setup_fee', units: '2', unit_amount_cents: 1250, invoice_display_name: 'Setup', tax_codes: ['vat_20', 'city'], from_datetime: '2026-07-01T00:00:00.000Z', to_datetime: '2026-07-31T00:00:00.000Z' },
					{ add_on_code: 'support' },
				],
			},
		});
		expect(result.items).toHaveLength(1);
		expect(Object.keys(result.items[0]).sort()).toEqual([...INVOICE_SUMMARY].sort());
		expect(result.items[0].lago_id).toBe(invoiceRecord().lago_id);
	});

	it('outputs the whole record with Simplify off', async () => {
		server.on('createInvoice', { body: { invoice: invoiceRecord() } });
		const result = await run({ operation: 'create', customer: byExternalId('cust_1'), fees: { fee: [{ addOnCode: 'setup_fee' }] }, simplify: false });
		expect(result.items).toEqual([invoiceRecord()]);
	});

	it('refuses an invoice without fees, or a price that is not whole cents, before sending', async () => {
		const none = await run({ operation: 'create', customer: byExternalId('cust_1'), fees: {} });
		expect(none.error?.message).toBe('Fees needs at least one entry (item 0)');
		const cents = await run({ operation: 'create', customer: byExternalId('cust_1'), fees: { fee: [{ addOnCode: 'setup_fee', unitAmountCents: '12.50' }] } });
		expect(cents.error?.message).toBe('Fees entry 1: Unit Amount (Cents) must be a whole number of cents, got "12.50" (item 0)');
		expect(server.requests).toEqual([]);
	});
});

describe('Lago › Invoice › actions on one invoice', () => {
	it.each([
		['finalize', 'finalizeInvoice', 'PUT', `/invoices/${INVOICE_ID}/finalize`],
		['refresh', 'refreshInvoice', 'PUT', `/invoices/${INVOICE_ID}/refresh`],
		['retry', 'retryInvoice', 'POST', `/invoices/${INVOICE_ID}/retry`],
		['loseDispute', 'loseDisputeInvoice', 'POST', `/invoices/${INVOICE_ID}/lose_dispute`],
	])('%s sends %s and outputs the simplified invoice', async (operation, operationId, method, path) => {
		server.on(operationId, { body: { invoice: { ...invoiceRecord(), status: 'finalized' } } });
		const result = await run({ operation, invoiceId: byId() });
		const [call] = server.calls(operationId);
		expect([call.method, call.path]).toEqual([method, path]);
		expect(result.items).toEqual([simplifiedInvoice({ ...invoiceRecord(), status: 'finalized' })]);
	});

	it('updates the payment status and metadata', async () => {
		server.on('updateInvoice', { body: { invoice: invoiceRecord() } });
		await run({
			operation: 'update',
			invoiceId: byId(),
			updateFields: { paymentStatus: 'succeeded', metadata: { pair: [{ key: 'po', value: 'PO-42' }] } },
		});
		expect(server.calls('updateInvoice')[0].body).toEqual({ invoice: { payment_status: 'succeeded', metadata: [{ key: 'po', value: 'PO-42' }] } });
	});

	it('voids with a credit note for part of the amount', async () => {
		server.on('voidInvoice', { body: { invoice: { ...invoiceRecord(), status: 'voided' } } });
		const result = await run({ operation: 'void', invoiceId: byId(), options: { generateCreditNote: true, refundAmount: 500, creditAmount: 1000 } });
		expect(server.calls('voidInvoice')[0].body).toEqual({ generate_credit_note: true, refund_amount: 500, credit_amount: 1000 });
		expect(result.items[0].status).toBe('voided');
	});

	it('deletes a draft and says so', async () => {
		server.on('deleteInvoice', { body: { invoice: { ...invoiceRecord(), status: 'draft' } } });
		const result = await run({ operation: 'delete', invoiceId: byId() });
		expect(server.calls('deleteInvoice')[0].path).toBe(`/invoices/${INVOICE_ID}`);
		expect(result.items).toEqual([{ deleted: true, id: INVOICE_ID }]);
	});

	it('retries a payment with a payment method, and says it was asked when Lago answers nothing', async () => {
		server.on('retryPayment', { status: 200 });
		const result = await run({ operation: 'retryPayment', invoiceId: byId(), options: { paymentMethodType: 'manual' } });
		expect(server.calls('retryPayment')[0].body).toEqual({ payment_method: { payment_method_type: 'manual' } });
		expect(result.items).toEqual([{ success: true, id: INVOICE_ID }]);
	});

	it('gets a payment URL', async () => {
		const details = sample('InvoicePaymentUrl');
		server.on('invoicePaymentUrl', { body: details });
		const result = await run({ operation: 'paymentUrl', invoiceId: byId() });
		expect(result.items).toEqual([details.invoice_payment_details]);
	});

	it('previews the invoice of a plan with coupons', async () => {
		server.on('invoicePreview', { body: { invoice: invoiceRecord() } });
		const result = await run({
			operation: 'preview',
			customer: byExternalId('cust_1'),
			additionalFields: { planCode: 'premium', billingTime: 'anniversary', couponCodes: 'startup, xmas', subscriptionAt: '2026-08-01T00:00:00' },
			simplify: false,
		});
		expect(server.calls('invoicePreview')[0].body).toEqual({
			customer: { external_id: 'cust_1' },
			plan_code: 'premium',
			billing_time: 'anniversary',
			coupons: [{ code: 'startup' }, { code: 'xmas' }],
			subscription_at: '2026-08-01T00:00:00.000Z',
		});
		expect(result.items).toEqual([invoiceRecord()]);
	});
});

describe('Lago › Invoice › Download PDF', () => {
	const PDF = Buffer.from('%PDF-1.7\n% a small invoice\n%%EOF\n');

	it('waits until Lago has generated the file, then outputs it as binary data', async () => {
		const url = files.put('/lago/invoice.pdf', PDF);
		const record = { ...invoiceRecord(), number: 'LAG-1234-001-002' };
		server.on('downloadInvoice', { body: { invoice: withoutFile(record) } });
		let reads = 0;
		server.on('findInvoice', () => ({ body: { invoice: ++reads >= 2 ? { ...record, file_url: url } : withoutFile(record) } }));
		const result = await run({ operation: 'downloadPdf', invoiceId: byId() });
		expect(result.error).toBeUndefined();
		expect(server.calls('downloadInvoice')).toHaveLength(1);
		expect(server.calls('findInvoice').map((c) => c.path)).toEqual([`/invoices/${INVOICE_ID}`, `/invoices/${INVOICE_ID}`]);
		const [item] = result.rawItems;
		expect(item.json).toEqual({ ...record, file_url: url });
		expect(item.binary?.data).toMatchObject({ fileName: 'invoice-LAG-1234-001-002.pdf', mimeType: 'application/pdf' });
		expect(Buffer.from(item.binary!.data.data, 'base64')).toEqual(PDF);
		// The file is fetched without Lago's API key: storage hosts must not see it.
		expect(files.hits).toEqual([{ path: '/lago/invoice.pdf', authorization: undefined }]);
	});

	it('fetches at once when the file is ready, into the field the user chose', async () => {
		const url = files.put('/lago/ready.pdf', PDF);
		server.on('downloadInvoice', { body: { invoice: { ...invoiceRecord(), number: 'INV-7', file_url: url } } });
		const result = await run({ operation: 'downloadPdf', invoiceId: byId(), options: { binaryPropertyName: 'invoicePdf' } });
		expect(server.calls('findInvoice')).toEqual([]);
		expect(Object.keys(result.rawItems[0].binary ?? {})).toEqual(['invoicePdf']);
		expect(result.rawItems[0].binary?.invoicePdf.fileName).toBe('invoice-INV-7.pdf');
	});

	it('gives up after the wait with a clear error', async () => {
		server.on('downloadInvoice', { body: { invoice: withoutFile({ ...invoiceRecord(), number: 'INV-8' }) } });
		server.on('findInvoice', { body: { invoice: withoutFile({ ...invoiceRecord(), number: 'INV-8' }) } });
		const started = Date.now();
		const result = await run({ operation: 'downloadPdf', invoiceId: byId(), options: { waitSeconds: 1 } });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(result.error?.message).toBe('Lago had not generated the PDF of invoice INV-8 after 1 seconds');
		expect(result.error?.description).toContain('Wait for PDF (Seconds)');
		// Reads at 0.5 s and at the deadline, then stops.
		expect(server.calls('findInvoice').length).toBeGreaterThanOrEqual(1);
		expect(server.calls('findInvoice').length).toBeLessThanOrEqual(3);
		expect(files.hits).toEqual([]);
	});

	it('also waits when Lago answers the download with no body while it queues the PDF', async () => {
		const url = files.put('/lago/queued.pdf', PDF);
		server.on('downloadInvoice', { status: 200 });
		let reads = 0;
		server.on('findInvoice', () => ({ body: { invoice: ++reads >= 2 ? { ...invoiceRecord(), file_url: url } : withoutFile(invoiceRecord()) } }));
		const result = await run({ operation: 'downloadPdf', invoiceId: byId() });
		expect(reads).toBe(2);
		expect(Buffer.from(result.rawItems[0].binary!.data.data, 'base64')).toEqual(PDF);
	});

	it('names the invoice by its ID when Lago never answered with it', async () => {
		server.on('downloadInvoice', { status: 200 });
		server.on('findInvoice', { status: 200 });
		const result = await run({ operation: 'downloadPdf', invoiceId: byId(), options: { waitSeconds: 0 } });
		expect(result.error?.message).toBe(`Lago had not generated the PDF of invoice ${INVOICE_ID} after 0 seconds`);
		expect(server.calls('findInvoice')).toEqual([]);
	});

	it('names the invoice when its file cannot be fetched', async () => {
		const url = `${files.url}/lago/expired.pdf`;
		server.on('downloadInvoice', { body: { invoice: { ...invoiceRecord(), number: 'INV-9', file_url: url } } });
		const result = await run({ operation: 'downloadPdf', invoiceId: byId() });
		expect(result.error?.message).toBe('Could not download the PDF of invoice INV-9 (HTTP 404)');
	});
});
