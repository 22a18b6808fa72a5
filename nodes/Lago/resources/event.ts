import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonObject, required, validate } from '../../shared/validation';
import { decimalText, eventTimestamp, inside, transactionId } from '../checks';
import { batchRunner } from '../../shared/batch';
import { lagoBatchClient } from '../client';
import { unwrap } from '../transport';
import { showFor, subscriptionLocator } from './common';

const forEvent = (operation: string[]) => showFor('event', operation);

/** Lago's own limit per batch request (LAGO_EVENTS_BATCH_MAX_LENGTH on a self-hosted Lago, 100 by default). */
const MAX_BATCH = 100;

const eventChecks = [
	required('Subscription', 'external_subscription_id'),
	required('Billable Metric', 'code'),
	eventTimestamp('Timestamp', 'timestamp'),
	jsonObject('Properties', 'properties'),
	decimalText('Precise Total Amount (Cents)', 'precise_total_amount_cents'),
	transactionId(),
];

export const eventOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['event'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a usage event',
				description: 'Send one usage event per input item',
				routing: {
					request: { method: 'POST', url: '/events' },
					send: { preSend: [validate(inside('event', ...eventChecks))] },
					output: unwrap('event'),
				},
			},
			{
				name: 'Send Batch',
				value: 'sendBatch',
				action: 'Send usage events in batches',
				description: `Send the events of all input items together, up to ${MAX_BATCH} per request`,
				routing: {
					request: { method: 'POST', url: '/events/batch' },
					send: { preSend: [validate(inside('event', ...eventChecks))] },
					operations: {
						pagination: batchRunner<IDataObject>({
							client: lagoBatchClient,
							member: (request) => (request.body as IDataObject).event as IDataObject,
							chunkRequest: (events) => ({ body: { events } }),
							split: (answer, events) => {
								const sent = (answer[0]?.json.events ?? []) as IDataObject[];
								return events.map((event, index) => [{ json: sent[index] ?? event }]);
							},
							size: { parameter: 'batchOptions.batchSize', label: 'Batch Size', max: MAX_BATCH },
						}),
					},
				},
			},
		],
		default: 'send',
	},
];

export const eventFieldsDescription: INodeProperties[] = [
	subscriptionLocator(forEvent(['send', 'sendBatch']), {
		send: { type: 'body', property: 'event.external_subscription_id' },
	}),
	{
		displayName: 'Billable Metric',
		name: 'code',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: forEvent(['send', 'sendBatch']),
		description: 'The billable metric the event counts towards; Lago ignores events whose code matches no active metric',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchBillableMetrics', searchable: true },
			},
			{ displayName: 'By Code', name: 'code', type: 'string', placeholder: 'storage' },
		],
		routing: { send: { type: 'body', property: 'event.code' } },
	},
	{
		displayName: 'Transaction ID',
		name: 'transactionId',
		type: 'string',
		default: '',
		placeholder: 'transaction_1234567890',
		description:
			'A unique ID for the event: Lago counts an event sent twice with the same ID once. Map a stable ID from your data so a re-run cannot count an event twice; left empty, one is generated and returned in the output.',
		displayOptions: forEvent(['send', 'sendBatch']),
		routing: { send: { type: 'body', property: 'event.transaction_id' } },
	},
	{
		displayName: 'Timestamp',
		name: 'timestamp',
		type: 'string',
		default: '',
		placeholder: '2026-08-01T12:00:00Z',
		description:
			'When the event happened: an ISO 8601 date-time, or Unix seconds (decimals for milliseconds). Empty means when Lago receives it.',
		displayOptions: forEvent(['send', 'sendBatch']),
		routing: { send: { type: 'body', property: 'event.timestamp' } },
	},
	{
		displayName: 'Properties',
		name: 'properties',
		type: 'json',
		default: '{}',
		description:
			'A JSON object of values the billable metric aggregates, like {"gb": 10}. Needed for sum, max and unique count metrics.',
		displayOptions: forEvent(['send', 'sendBatch']),
		routing: { send: { type: 'body', property: 'event.properties' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forEvent(['send', 'sendBatch']),
		options: [
			{
				displayName: 'Precise Total Amount (Cents)',
				name: 'precise_total_amount_cents',
				type: 'string',
				default: '',
				placeholder: '1234.56',
				description: 'For metrics with dynamic pricing: the amount of this event in cents, decimals allowed',
				routing: {
					send: { type: 'body', property: 'event.precise_total_amount_cents', value: '={{ String($value) }}' },
				},
			},
		],
	},
	{
		displayName: 'Options',
		name: 'batchOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: forEvent(['sendBatch']),
		options: [
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_BATCH },
				default: MAX_BATCH,
				description: `Events per request, at most ${MAX_BATCH}. Lower it when a self-hosted Lago sets a smaller LAGO_EVENTS_BATCH_MAX_LENGTH.`,
			},
		],
	},
];
