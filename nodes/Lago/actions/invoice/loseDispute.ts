import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, invoiceLocator, recordOutput } from '../../billingFields';

export const loseDispute = defineOperation({
	name: 'Mark Dispute Lost',
	value: 'loseDispute',
	action: 'Mark an invoice payment dispute as lost',
	description: 'Record that the payment dispute of a finalized invoice was lost',
	operationId: 'loseDisputeInvoice',
	method: 'POST',
	path: '/invoices/{invoiceId}/lose_dispute',
	fields: [invoiceLocator, simplifySwitch('invoice')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
});
