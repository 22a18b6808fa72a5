import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { wholeNumber } from '../../../shared/validation';
import { INVOICE_FIELDS, invoiceLocator, recordOutput } from '../../billingFields';

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
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Credit Amount (Cents)',
					name: 'creditAmount',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: "Part of the invoice, in cents, credited to the customer's balance in the credit note",
					routing: { send: { type: 'body', property: 'credit_amount' } },
				},
				{
					displayName: 'Generate Credit Note',
					name: 'generateCreditNote',
					type: 'boolean',
					default: false,
					description: 'Whether to void even a paid invoice and issue a credit note for it',
					routing: { send: { type: 'body', property: 'generate_credit_note' } },
				},
				{
					displayName: 'Refund Amount (Cents)',
					name: 'refundAmount',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'Part of the invoice, in cents, refunded to the customer in the credit note',
					routing: { send: { type: 'body', property: 'refund_amount' } },
				},
			],
		},
		simplifySwitch('invoice'),
	],
});

