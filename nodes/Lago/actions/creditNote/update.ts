import { defineOperation } from '../../../shared/operation';
import { creditNoteLocator, keyValueField, recordOutput, sendPairs } from '../../billingFields';
import { group, options } from '../../../shared/fields';
import { toBody } from '../../fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update the refund status of a credit note',
	description: 'Record how a refund handled outside Lago went',
	operationId: 'updateCreditNote',
	method: 'PUT',
	path: '/credit_notes/{creditNoteId}',
	preSend: [sendPairs('Metadata', 'updateFields.metadata', 'credit_note.metadata', 'object')],
	postReceive: recordOutput('credit_note'),
	fields: [
		creditNoteLocator,
		options('refundStatus', 'Refund Status', undefined, [
			['Failed', 'failed'],
			['Pending', 'pending'],
			['Succeeded', 'succeeded'],
		], 'succeeded', toBody('credit_note.refund_status'), { required: true }),
		group('updateFields', [keyValueField('Metadata', 'metadata', 'Pairs to set on the credit note')]),
	],
});
