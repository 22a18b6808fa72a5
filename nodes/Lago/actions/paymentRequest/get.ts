import { defineOperation } from '../../../shared/operation';
import { lagoIdField, recordOutput } from '../../billingFields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a payment request',
	operationId: 'findPaymentRequest',
	method: 'GET',
	path: '/payment_requests/{paymentRequestId}',
	fields: [lagoIdField('Payment Request ID', 'paymentRequestId', 'The Lago ID of the payment request (lago_id)')],
	postReceive: recordOutput('payment_request'),
});
