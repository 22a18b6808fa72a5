import type { ContractServer } from '../contract/server';
import { sample, startBillingServer, startFileServer } from './billingSamples';
import { lagoRunner, meta } from './lagoServer';

const NOTE_ID = '1a901a90-1a90-1a90-1a90-1a901a901a91';
const INVOICE_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';
const FEE_ID = '1a901a90-1a90-1a90-1a90-1a901a901a92';
const note = () => sample('CreditNoteExtended').credit_note as Record<string, any>;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

let server: ContractServer;
let files: Awaited<ReturnType<typeof startFileServer>>;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	files = await startFileServer();
	run = lagoRunner(server, 'creditNote');
});
afterAll(async () => {
	await server.close();
	await files.close();
});
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Credit Note', () => {
	it('creates a credit note for fees of an invoice, with refund, credit and metadata', async () => {
		server.on('createCreditNote', { body: { credit_note: note() } });
		const result = await run({
			operation: 'create',
			invoiceId: byId(INVOICE_ID),
			items: { item: [{ feeId: FEE_ID, amountCents: 1000 }] },
			additionalFields: { reason: 'order_cancellation', refundAmountCents: 600, creditAmountCents: 400, description: 'Cancelled', metadata: { pair: [{ key: 'ticket', value: 'T-1' }] } },
		});
		expect(server.calls('createCreditNote')[0].body).toEqual({
			credit_note: {
				invoice_id: INVOICE_ID,
				items: [{ fee_id: FEE_ID, amount_cents: 1000 }],
				reason: 'order_cancellation',
				refund_amount_cents: 600,
				credit_amount_cents: 400,
				description: 'Cancelled',
				metadata: { ticket: 'T-1' },
			},
		});
		expect(result.items).toEqual([note()]);
	});

	it('refuses items without a fee before sending', async () => {
		const result = await run({ operation: 'create', invoiceId: byId(INVOICE_ID), items: { item: [{ feeId: ' ', amountCents: 10 }] } });
		expect(result.error?.message).toBe('Items entry 1: Fee ID is required (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('estimates a credit note', async () => {
		const estimated = sample('CreditNoteEstimated');
		server.on('estimateCreditNote', { body: estimated });
		const result = await run({ operation: 'estimate', invoiceId: byId(INVOICE_ID), items: { item: [{ feeId: FEE_ID, amountCents: 500 }] } });
		expect(server.calls('estimateCreditNote')[0].body).toEqual({ credit_note: { invoice_id: INVOICE_ID, items: [{ fee_id: FEE_ID, amount_cents: 500 }] } });
		expect(result.items).toEqual([estimated.estimated_credit_note]);
	});

	it.each([
		['get', 'findCreditNote', 'GET', `/credit_notes/${NOTE_ID}`],
		['void', 'voidCreditNote', 'PUT', `/credit_notes/${NOTE_ID}/void`],
	])('%s sends %s and outputs the credit note', async (operation, operationId, method, path) => {
		server.on(operationId, { body: { credit_note: note() } });
		const result = await run({ operation, creditNoteId: byId(NOTE_ID) });
		expect([server.calls(operationId)[0].method, server.calls(operationId)[0].path]).toEqual([method, path]);
		expect(result.items).toEqual([note()]);
	});

	it('updates the refund status', async () => {
		server.on('updateCreditNote', { body: { credit_note: note() } });
		await run({ operation: 'update', creditNoteId: byId(NOTE_ID), refundStatus: 'failed' });
		expect(server.calls('updateCreditNote')[0].body).toEqual({ credit_note: { refund_status: 'failed' } });
	});

	it('gets many credit notes with filters, across pages', async () => {
		const records = [note(), { ...note(), lago_id: NOTE_ID }, { ...note(), lago_id: FEE_ID }];
		server.on('findAllCreditNotes', ({ query }) => {
			const page = Number(query.page);
			return { body: { credit_notes: records.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { externalCustomerId: 'cust_1', issuingDateFrom: '2026-07-01T00:00:00', currency: 'eur', creditStatus: 'available', billingEntityCodes: 'acme, acme_eu' },
		});
		expect(result.items.map((i) => i.lago_id)).toEqual(records.map((r) => r.lago_id));
		expect(server.calls('findAllCreditNotes')[0].query).toEqual({
			page: '1',
			per_page: '100',
			external_customer_id: 'cust_1',
			issuing_date_from: '2026-07-01',
			currency: 'EUR',
			credit_status: 'available',
			'billing_entity_codes[]': ['acme', 'acme_eu'],
		});
	});

	it.each([
		['replaceMetadata', 'replaceCreditNoteMetadata', 'POST', { pair: [{ key: 'a', value: '1' }] }, { metadata: { a: '1' } }],
		['mergeMetadata', 'mergeCreditNoteMetadata', 'PATCH', { pair: [{ key: 'b', value: '2' }] }, { metadata: { b: '2' } }],
		['deleteAllMetadata', 'deleteAllCreditNoteMetadata', 'DELETE', undefined, undefined],
	])('%s sends %s', async (operation, operationId, method, metadata, body) => {
		server.on(operationId, { body: { metadata: { a: '1' } } });
		const result = await run({ operation, creditNoteId: byId(NOTE_ID), ...(metadata ? { metadata } : {}) });
		const [call] = server.calls(operationId);
		expect([call.method, call.path, call.body]).toEqual([method, `/credit_notes/${NOTE_ID}/metadata`, body]);
		expect(result.items).toEqual([{ metadata: { a: '1' } }]);
	});

	it('deletes one metadata key', async () => {
		server.on('deleteCreditNoteMetadataKey', { body: { metadata: null } });
		const result = await run({ operation: 'deleteMetadataKey', creditNoteId: byId(NOTE_ID), metadataKey: 'ticket' });
		expect(server.calls('deleteCreditNoteMetadataKey')[0].path).toBe(`/credit_notes/${NOTE_ID}/metadata/ticket`);
		expect(result.items).toEqual([{ metadata: null }]);
	});

	it('downloads the PDF once Lago has generated it', async () => {
		const pdf = Buffer.from('%PDF-1.7 credit note');
		const url = files.put('/notes/cn.pdf', pdf);
		const record = { ...note(), number: 'CN-001' };
		const pending = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'file_url'));
		server.on('downloadCreditNote', { body: { credit_note: pending } });
		let reads = 0;
		server.on('findCreditNote', () => ({ body: { credit_note: ++reads >= 2 ? { ...record, file_url: url } : pending } }));
		const result = await run({ operation: 'downloadPdf', creditNoteId: byId(NOTE_ID) });
		expect(server.calls('findCreditNote')).toHaveLength(2);
		expect(result.rawItems[0].binary?.data).toMatchObject({ fileName: 'credit-note-CN-001.pdf', mimeType: 'application/pdf' });
		expect(Buffer.from(result.rawItems[0].binary!.data.data, 'base64')).toEqual(pdf);
	});
});
