import { defineOperation } from '../../../shared/operation';
import { invoiceLocator } from '../../billingFields';
import { downloadOptions, pdfDownload } from '../../documents';

export const downloadPdf = defineOperation({
	name: 'Download PDF',
	value: 'downloadPdf',
	action: 'Download the PDF of an invoice',
	description: 'The invoice PDF as binary data (field "data"), ready for an email or storage node; waits while Lago generates it',
	operationId: 'downloadInvoice',
	method: 'POST',
	path: '/invoices/{invoiceId}/download',
	fields: [invoiceLocator, downloadOptions],
	runner: pdfDownload({ recordProperty: 'invoice', label: 'invoice', fileStem: 'invoice', readPath: (url) => url.replace(/\/download$/, '') }),
});
