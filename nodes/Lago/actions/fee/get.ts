import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { feeId } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a fee',
	operationId: 'findFee',
	method: 'GET',
	path: '/fees/{feeId}',
	fields: [feeId],
	postReceive: recordOutput('fee'),
});
