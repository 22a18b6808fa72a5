import { defineOperation } from '../../../shared/operation';
import { creditNoteLocator, recordOutput } from '../../billingFields';

export const voidCreditNote = defineOperation({
	name: 'Void',
	value: 'void',
	action: 'Void the remaining credit of a credit note',
	description: 'The credit left on the credit note can no longer be used on invoices',
	operationId: 'voidCreditNote',
	method: 'PUT',
	path: '/credit_notes/{creditNoteId}/void',
	fields: [creditNoteLocator],
	postReceive: recordOutput('credit_note'),
});
