import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { wholeNumber } from '../../../shared/validation';
import { INVOICE_FIELDS, invoiceLocator, recordOutput } from '../../billingFields';
import { boolean, group, number } from '../../../shared/fields';
import { toBody } from '../../fields';

export const voidInvoice = defineOperation({
	name: 'Void',
	value: 'void',
	action: 'Void an invoice',
	description: 'Cancel a finalized invoice; optionally issue a credit note for what was paid',
	operationId: 'voidInvoice',
	method: 'POST',
	path: '/invoices/{invoiceId}/void',
	checks: [
		wholeNumber('Refund Amount (Cents)', 'refund_amount', { min: 0, hint: 'In cents: 20.00 is 2000' }),
		wholeNumber('Credit Amount (Cents)', 'credit_amount', { min: 0, hint: 'In cents: 20.00 is 2000' }),
	],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
	fields: [
		invoiceLocator,
		group('options', [
			number('creditAmount', 'Credit Amount (Cents)', "Part of the invoice, in cents, credited to the customer's balance in the credit note", toBody('credit_amount'), { typeOptions: { minValue: 0 } }),
			boolean('generateCreditNote', 'Generate Credit Note', 'Whether to void even a paid invoice and issue a credit note for it', toBody('generate_credit_note')),
			number('refundAmount', 'Refund Amount (Cents)', 'Part of the invoice, in cents, refunded to the customer in the credit note', toBody('refund_amount'), { typeOptions: { minValue: 0 } }),
		]),
		simplifySwitch('invoice'),
	],
});

