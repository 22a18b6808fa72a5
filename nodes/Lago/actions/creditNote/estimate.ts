import { defineOperation } from '../../../shared/operation';
import { invoiceLocator, recordOutput } from '../../billingFields';
import { items, sendItems } from './fields';
import { toBody } from '../../fields';

export const estimate = defineOperation({
	name: 'Estimate',
	value: 'estimate',
	action: 'Estimate a credit note',
	description: 'The amounts, taxes and maximum refund of a credit note before creating it; nothing is created',
	operationId: 'estimateCreditNote',
	method: 'POST',
	path: '/credit_notes/estimate',
	preSend: [sendItems],
	postReceive: recordOutput('estimated_credit_note'),
	fields: [{ ...invoiceLocator, description: 'The invoice to credit', routing: toBody('credit_note.invoice_id') }, items],
});
