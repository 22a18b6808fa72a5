import { defineOperation } from '../../../shared/operation';
import { invoiceLocator, recordOutput } from '../../billingFields';

export const paymentUrl = defineOperation({
	name: 'Get Payment URL',
	value: 'paymentUrl',
	action: 'Get a payment link for an invoice',
	description: "A checkout link of the customer's payment provider, to send to the customer",
	operationId: 'invoicePaymentUrl',
	method: 'POST',
	path: '/invoices/{invoiceId}/payment_url',
	fields: [invoiceLocator],
	postReceive: recordOutput('invoice_payment_details'),
});
