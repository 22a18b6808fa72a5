import { defineOperation } from '../../../shared/operation';
import { downloadOptions, pdfDownload } from '../../documents';
import { paymentReceiptId } from './fields';

export const downloadPdf = defineOperation({
	name: 'Download PDF',
	value: 'downloadPdf',
	action: 'Download the PDF of a payment receipt',
	description: 'The receipt PDF as binary data (field "data"); waits while Lago generates it',
	// Lago has no download route for receipts: the receipt is read until its file_url appears.
	operationId: 'findPaymentReceipt',
	method: 'GET',
	path: '/payment_receipts/{paymentReceiptId}',
	fields: [paymentReceiptId, downloadOptions],
	runner: pdfDownload({ recordProperty: 'payment_receipt', label: 'payment receipt', fileStem: 'payment-receipt', readPath: (url) => url }),
});
