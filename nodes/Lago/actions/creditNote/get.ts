import { defineOperation } from '../../../shared/operation';
import { creditNoteLocator, recordOutput } from '../../billingFields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a credit note',
	operationId: 'findCreditNote',
	method: 'GET',
	path: '/credit_notes/{creditNoteId}',
	fields: [creditNoteLocator],
	postReceive: recordOutput('credit_note'),
});
