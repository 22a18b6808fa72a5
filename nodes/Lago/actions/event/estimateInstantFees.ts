import { defineOperation } from '../../../shared/operation';
import { estimateChecks, estimatedEvent, feeItems } from './estimate';
import { text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const estimateInstantFees = defineOperation({
	name: 'Estimate Instant Fees',
	value: 'estimateInstantFees',
	action: 'Estimate the instant fees of a usage event',
	description: 'What an event would cost on pay-in-advance charges billed at once, without storing it; one item per fee',
	operationId: 'eventEstimateInstantFees',
	method: 'POST',
	path: '/events/estimate_instant_fees',
	checks: estimateChecks,
	fields: [
		...estimatedEvent,
		text('transactionId', 'Transaction ID', 'Echoed in the fees, to match them with the event you will send', toBody('event.transaction_id', '={{ $value || undefined }}')),
	],
	postReceive: feeItems,
});
