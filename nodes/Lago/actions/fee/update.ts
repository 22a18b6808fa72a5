import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { feeId, paymentStatuses } from './fields';

export const update = defineOperation({
	name: 'Update Payment Status',
	value: 'update',
	action: 'Update the payment status of a fee',
	description: 'For pay-in-advance fees not invoiced: record how their payment went',
	operationId: 'updateFee',
	method: 'PUT',
	path: '/fees/{feeId}',
	postReceive: recordOutput('fee'),
	fields: [
		feeId,
		{
			displayName: 'Payment Status',
			name: 'paymentStatus',
			type: 'options',
			required: true,
			default: 'succeeded',
			options: paymentStatuses,
			routing: { send: { type: 'body', property: 'fee.payment_status' } },
		},
	],
});
