import type { IDataObject } from 'n8n-workflow';

import { batchRunner } from '../../../shared/batch';
import { defineOperation } from '../../../shared/operation';
import { lagoBatchClient } from '../../client';
import { eventChecks, eventFields } from './fields';
import { number } from '../../../shared/fields';

/** Lago's own limit per batch request (LAGO_EVENTS_BATCH_MAX_LENGTH on a self-hosted Lago, 100 by default). */
const MAX_BATCH = 100;

export const sendBatch = defineOperation({
	name: 'Send Batch',
	value: 'sendBatch',
	action: 'Send usage events in batches',
	description: `Send the events of all input items together, up to ${MAX_BATCH} per request`,
	operationId: 'createBatchEvents',
	method: 'POST',
	path: '/events/batch',
	// Each item's event is built and checked by routing as for Send; the runner gathers them into batches.
	checks: eventChecks,
	runner: batchRunner<IDataObject>({
		client: lagoBatchClient,
		member: (request) => (request.body as IDataObject).event as IDataObject,
		chunkRequest: (events) => ({ body: { events } }),
		split: (answer, events) => {
			const recorded = (answer[0]?.json.events ?? []) as IDataObject[];
			return events.map((event, index) => [{ json: recorded[index] ?? event }]);
		},
		size: { parameter: 'batchOptions.batchSize', label: 'Batch Size', max: MAX_BATCH },
	}),
	fields: [
		...eventFields,
		{
			displayName: 'Options',
			name: 'batchOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				number('batchSize', 'Batch Size', `Events per request, at most ${MAX_BATCH}. Lower it when a self-hosted Lago sets a smaller LAGO_EVENTS_BATCH_MAX_LENGTH.`, undefined, { default: MAX_BATCH, typeOptions: { minValue: 1, maxValue: MAX_BATCH } }),
			],
		},
	],
});
