import { acknowledged } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { invoiceLocator, paymentMethodOptions } from '../../billingFields';
import { group } from '../../../shared/fields';

export const retryPayment = defineOperation({
	name: 'Retry Payment',
	value: 'retryPayment',
	action: 'Retry the payment of an invoice',
	description: "Ask the customer's payment provider to collect a failed or pending invoice again",
	operationId: 'retryPayment',
	method: 'POST',
	path: '/invoices/{invoiceId}/retry_payment',
	postReceive: [acknowledged('invoiceId')],
	fields: [
		invoiceLocator,
		group('options', paymentMethodOptions('payment_method')),
	],
});
