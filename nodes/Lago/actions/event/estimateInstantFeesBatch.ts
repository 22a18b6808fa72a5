import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { batchRunner } from '../../../shared/batch';
import { group, number } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operation';
import { lagoBatchClient } from '../../client';
import { inside, transactionId } from '../../validation';
import { estimateChecks } from './estimate';
import { estimateInstantFees } from './estimateInstantFees';

/** Events per request: Lago sets no limit on estimates; this keeps each request as large as Send Batch's. */
const MAX_BATCH = 100;

/**
 * Lago takes the events flat (`{"events": [{"code", "external_subscription_id", ...}]}`, its EventsController
 * `batch_params`), not wrapped in `event` as for one estimate, and answers the fees of all of them at once. Each
 * fee names the transaction ID of its event, so every event gets one (made up when empty) and each input item
 * gets its own event's fees back, one item per fee. Fees naming no event of the request go to its first item.
 */
function feesPerEvent(answer: INodeExecutionData[], events: IDataObject[]): INodeExecutionData[][] {
	const fees = (answer[0]?.json.fees ?? []) as IDataObject[];
	const ids = events.map((event) => event.transaction_id);
	const outputs = events.map((): INodeExecutionData[] => []);
	for (const fee of fees) {
		const index = ids.indexOf(fee.event_transaction_id);
		outputs[index === -1 ? 0 : index].push({ json: fee });
	}
	return outputs;
}

export const estimateInstantFeesBatch = defineOperation({
	name: 'Estimate Instant Fees (Batch)',
	value: 'estimateInstantFeesBatch',
	action: 'Estimate the instant fees of many usage events',
	description: `What the events of all input items would cost on pay-in-advance charges, without storing them; up to ${MAX_BATCH} events per request, one item per fee`,
	operationId: 'eventBatchEstimateInstantFees',
	method: 'POST',
	path: '/events/batch_estimate_instant_fees',
	// Each item's event is built and checked as for Estimate Instant Fees; the runner gathers them into batches.
	checks: [...estimateChecks, inside('event', transactionId())],
	runner: batchRunner<IDataObject>({
		client: lagoBatchClient,
		member: (request) => (request.body as IDataObject).event as IDataObject,
		chunkRequest: (events) => ({ body: { events } }),
		split: feesPerEvent,
		size: { parameter: 'batchOptions.batchSize', label: 'Batch Size', max: MAX_BATCH },
	}),
	fields: [
		...(estimateInstantFees.fields ?? []),
		group('options', [
			number('batchSize', 'Batch Size', `Events per request, at most ${MAX_BATCH}`, undefined, {
				typeOptions: { minValue: 1, maxValue: MAX_BATCH },
				default: MAX_BATCH,
			}),
		], { name: 'batchOptions' }),
	],
});
