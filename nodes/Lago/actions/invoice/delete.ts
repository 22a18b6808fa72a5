import { defineOperation } from '../../../shared/operation';
import { invoiceLocator } from '../../billingFields';

export const deleteInvoice = defineOperation({
	name: 'Delete Draft',
	value: 'delete',
	action: 'Delete a draft invoice',
	description: 'Delete an invoice that is still a draft; finalized invoices can only be voided',
	operationId: 'deleteInvoice',
	method: 'DELETE',
	path: '/invoices/{invoiceId}',
	fields: [invoiceLocator],
});
