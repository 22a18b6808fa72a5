import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, invoiceLocator, recordOutput } from '../../billingFields';

export const finalize = defineOperation({
	name: 'Finalize',
	value: 'finalize',
	action: 'Finalize a draft invoice',
	description: 'Issue a draft invoice: it gets its number and can no longer change',
	operationId: 'finalizeInvoice',
	method: 'PUT',
	path: '/invoices/{invoiceId}/finalize',
	fields: [invoiceLocator, simplifySwitch('invoice')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
});
