import { defineOperation } from '../../../shared/operation';
import { required, wholeNumber, calendarDate } from '../../../shared/validation';
import { invoiceLocator, recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { dateTime, group, number, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		{ ...invoiceLocator, description: 'The invoice paid', routing: toBody('payment.invoice_id') },
		number('amountCents', 'Amount (Cents)', 'The amount received, in cents: 120.00 is 12000', toBody('payment.amount_cents'), { typeOptions: { minValue: 1 }, required: true }),
		text('reference', 'Reference', 'Your reference for the payment', toBody('payment.reference'), { required: true, placeholder: 'Bank transfer 2026-07-01' }),
		group('additionalFields', [
			dateTime('paidAt', 'Paid On', 'The day the payment was made (ISO 8601); today when empty', toBody('payment.paid_at')),
		]),
	],
});
