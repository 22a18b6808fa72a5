import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, ensureObject, invoiceLocator, keyValueField, recordOutput, sendPairs } from '../../billingFields';
import { group, options } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		group('updateFields', [
			keyValueField('Metadata', 'metadata', 'Pairs shown on the invoice; a key that exists gets the new value'),
			options('paymentStatus', 'Payment Status', 'For payments handled outside Lago', [
				['Failed', 'failed'],
				['Pending', 'pending'],
				['Succeeded', 'succeeded'],
			], 'succeeded', toBody('invoice.payment_status')),
		]),
		simplifySwitch('invoice'),
	],
});
