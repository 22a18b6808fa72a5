import { defineOperation } from '../../../shared/operation';
import { required, wholeNumber, calendarDate } from '../../../shared/validation';
import { invoiceLocator, recordOutput } from '../../billingFields';
import { inside } from '../../validation';

export const create = defineOperation({
	name: 'Record Manual Payment',
	value: 'create',
	action: 'Record a manual payment of an invoice',
	description: 'Record a payment received outside Lago (bank transfer, cheque) against an invoice',
	operationId: 'createPayment',
	method: 'POST',
	path: '/payments',
	checks: [
		inside(
			'payment',
			wholeNumber('Amount (Cents)', 'amount_cents', { min: 1, hint: 'In cents: 120.00 is 12000' }),
			required('Reference', 'reference'),
			calendarDate('Paid On', 'paid_at', 'body'),
		),
	],
	postReceive: recordOutput('payment'),
	fields: [
		{ ...invoiceLocator, description: 'The invoice paid', routing: { send: { type: 'body', property: 'payment.invoice_id' } } },
		{
			displayName: 'Amount (Cents)',
			name: 'amountCents',
			type: 'number',
			typeOptions: { minValue: 1 },
			required: true,
			default: 0,
			description: 'The amount received, in cents: 120.00 is 12000',
			routing: { send: { type: 'body', property: 'payment.amount_cents' } },
		},
		{
			displayName: 'Reference',
			name: 'reference',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Bank transfer 2026-07-01',
			description: 'Your reference for the payment',
			routing: { send: { type: 'body', property: 'payment.reference' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Paid On',
					name: 'paidAt',
					type: 'dateTime',
					default: '',
					description: 'The day the payment was made (ISO 8601); today when empty',
					routing: { send: { type: 'body', property: 'payment.paid_at' } },
				},
			],
		},
	],
});
