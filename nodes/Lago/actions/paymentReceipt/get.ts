import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { paymentReceiptId } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a payment receipt',
	operationId: 'findPaymentReceipt',
	method: 'GET',
	path: '/payment_receipts/{paymentReceiptId}',
	fields: [paymentReceiptId],
	postReceive: recordOutput('payment_receipt'),
});
