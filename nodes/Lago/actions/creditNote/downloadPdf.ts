import { defineOperation } from '../../../shared/operation';
import { creditNoteLocator } from '../../billingFields';
import { downloadOptions, pdfDownload } from '../../documents';

export const downloadPdf = defineOperation({
	name: 'Download PDF',
	value: 'downloadPdf',
	action: 'Download the PDF of a credit note',
	description: 'The credit note PDF as binary data (field "data"); waits while Lago generates it',
	operationId: 'downloadCreditNote',
	method: 'POST',
	path: '/credit_notes/{creditNoteId}/download',
	fields: [creditNoteLocator, downloadOptions],
	runner: pdfDownload({ recordProperty: 'credit_note', label: 'credit note', fileStem: 'credit-note', readPath: (url) => url.replace(/\/download$/, '') }),
});
