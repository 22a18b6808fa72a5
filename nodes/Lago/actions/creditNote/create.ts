import { defineOperation } from '../../../shared/operation';
import { wholeNumber } from '../../../shared/validation';
import { invoiceLocator, keyValueField, recordOutput, sendPairs } from '../../billingFields';
import { inside } from '../../validation';
import { items, reason, sendItems } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

const cents = (label: string, name: string, property: string, description: string) => ({
	displayName: label,
	name,
	type: 'number' as const,
	typeOptions: { minValue: 0 },
	default: 0,
	description,
	routing: { send: { type: 'body' as const, property: `credit_note.${property}` } },
});

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a credit note',
	description: 'Credit, refund or offset part of a finalized invoice',
	operationId: 'createCreditNote',
	method: 'POST',
	path: '/credit_notes',
	checks: [
		inside(
			'credit_note',
			wholeNumber('Credit Amount (Cents)', 'credit_amount_cents', { min: 0 }),
			wholeNumber('Refund Amount (Cents)', 'refund_amount_cents', { min: 0 }),
			wholeNumber('Offset Amount (Cents)', 'offset_amount_cents', { min: 0 }),
		),
	],
	preSend: [sendItems, sendPairs('Metadata', 'additionalFields.metadata', 'credit_note.metadata', 'object')],
	postReceive: recordOutput('credit_note'),
	fields: [
		{ ...invoiceLocator, description: 'The invoice credited', routing: toBody('credit_note.invoice_id') },
		items,
		group('additionalFields', [
			cents('Credit Amount (Cents)', 'creditAmountCents', 'credit_amount_cents', "Part credited to the customer's balance, used on future invoices, in cents"),
			text('description', 'Description', undefined, toBody('credit_note.description')),
			keyValueField('Metadata', 'metadata', 'Key/value pairs stored with the credit note'),
			cents('Offset Amount (Cents)', 'offsetAmountCents', 'offset_amount_cents', "Part deducted at once from the invoice's amount due, in cents"),
			reason(toBody('credit_note.reason')),
			cents('Refund Amount (Cents)', 'refundAmountCents', 'refund_amount_cents', 'Part refunded to the payment method the customer paid with, in cents'),
		]),
	],
});
