import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, ensureObject, invoiceLocator, keyValueField, recordOutput, sendPairs } from '../../billingFields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update an invoice',
	description: "Change an invoice's payment status or metadata",
	operationId: 'updateInvoice',
	method: 'PUT',
	path: '/invoices/{invoiceId}',
	preSend: [sendPairs('Metadata', 'updateFields.metadata', 'invoice.metadata', 'list'), ensureObject('invoice')],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
	fields: [
		invoiceLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				keyValueField('Metadata', 'metadata', 'Pairs shown on the invoice; a key that exists gets the new value'),
				{
					displayName: 'Payment Status',
					name: 'paymentStatus',
					type: 'options',
					default: 'succeeded',
					options: [
						{ name: 'Failed', value: 'failed' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Succeeded', value: 'succeeded' },
					],
					description: 'For payments handled outside Lago',
					routing: { send: { type: 'body', property: 'invoice.payment_status' } },
				},
			],
		},
		simplifySwitch('invoice'),
	],
});
