import { defineOperation } from '../../../shared/operation';
import { creditNoteLocator, keyValueField, recordOutput, sendPairs } from '../../billingFields';

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
		{
			displayName: 'Refund Status',
			name: 'refundStatus',
			type: 'options',
			required: true,
			default: 'succeeded',
			options: [
				{ name: 'Failed', value: 'failed' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Succeeded', value: 'succeeded' },
			],
			routing: { send: { type: 'body', property: 'credit_note.refund_status' } },
		},
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [keyValueField('Metadata', 'metadata', 'Pairs to set on the credit note')],
		},
	],
});
