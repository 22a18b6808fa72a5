import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, invoiceLocator, recordOutput } from '../../billingFields';

export const retry = defineOperation({
	name: 'Retry Generation',
	value: 'retry',
	action: 'Retry generating a failed invoice',
	description: 'Generate again an invoice whose generation failed (a tax provider error, for instance)',
	operationId: 'retryInvoice',
	method: 'POST',
	path: '/invoices/{invoiceId}/retry',
	fields: [invoiceLocator, simplifySwitch('invoice')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
});
