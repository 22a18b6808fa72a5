import { defineOperation } from '../../../shared/operation';
import { lagoIdField, recordOutput } from '../../billingFields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a payment',
	operationId: 'findPayment',
	method: 'GET',
	path: '/payments/{paymentId}',
	fields: [lagoIdField('Payment ID', 'paymentId', 'The Lago ID of the payment (lago_id)')],
	postReceive: recordOutput('payment'),
});
