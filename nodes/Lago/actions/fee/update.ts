import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { feeId, paymentStatuses } from './fields';
import { options } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		options('paymentStatus', 'Payment Status', undefined, paymentStatuses, 'succeeded', toBody('fee.payment_status'), { required: true }),
	],
});
