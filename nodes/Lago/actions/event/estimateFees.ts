import { defineOperation } from '../../../shared/operation';
import { estimateChecks, estimatedEvent, feeItems } from './estimate';

export const estimateFees = defineOperation({
	name: 'Estimate Fees',
	value: 'estimateFees',
	action: 'Estimate the fees of a usage event',
	description: 'What an event would cost on a pay-in-advance charge, without sending it; one item per fee',
	operationId: 'eventEstimateFees',
	method: 'POST',
	path: '/events/estimate_fees',
	checks: estimateChecks,
	fields: estimatedEvent,
	postReceive: feeItems,
});
