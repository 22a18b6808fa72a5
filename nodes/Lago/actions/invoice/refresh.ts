import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, invoiceLocator, recordOutput } from '../../billingFields';

export const refresh = defineOperation({
	name: 'Refresh',
	value: 'refresh',
	action: 'Refresh a draft invoice',
	description: 'Recompute a draft invoice with the usage received since it was drafted',
	operationId: 'refreshInvoice',
	method: 'PUT',
	path: '/invoices/{invoiceId}/refresh',
	fields: [invoiceLocator, simplifySwitch('invoice')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
});
