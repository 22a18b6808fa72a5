import type { INodeProperties } from 'n8n-workflow';

import { jsonObject, required, decimalText } from '../../../shared/validation';
import { inWrapper, lagoLocator } from '../../fields';
import { eventTimestamp, inside, transactionId } from '../../validation';
import { subscriptionLocator } from '../subscription/fields';
import { group, json, text } from '../../../shared/fields';

const body = inWrapper('event');

/** Each event is checked and completed (timestamp in seconds, a transaction ID) before anything is sent. */
export const eventChecks = [
	inside(
		'event',
		required('Subscription', 'external_subscription_id'),
		required('Billable Metric', 'code'),
		eventTimestamp('Timestamp', 'timestamp'),
		jsonObject('Properties', 'properties'),
		decimalText('Precise Total Amount (Cents)', 'precise_total_amount_cents'),
		transactionId(),
	),
];

/** The fields of one event: Send sends it, Send Batch gathers it with the other items'. */
export const eventFields: INodeProperties[] = [
	subscriptionLocator(body('external_subscription_id')),
	lagoLocator({
		displayName: 'Billable Metric',
		name: 'billableMetric',
		description: 'The billable metric the event counts towards; Lago ignores events whose code matches no active metric',
		searchListMethod: 'searchBillableMetrics',
		by: 'code',
		placeholder: 'storage',
		routing: body('code'),
	}),
	text('transactionId', 'Transaction ID', 'A unique ID for the event: Lago counts an event sent twice with the same ID once. Map a stable ID from your data so a re-run cannot count an event twice; left empty, one is generated and returned in the output.', body('transaction_id'), { placeholder: 'transaction_1234567890' }),
	text('timestamp', 'Timestamp', 'When the event happened: an ISO 8601 date-time, or Unix seconds (decimals for milliseconds). Empty means when Lago receives it.', body('timestamp'), { placeholder: '2026-08-01T12:00:00Z' }),
	json('properties', 'Properties', 'A JSON object of values the billable metric aggregates, like {"gb": 10}. Needed for sum, max and unique count metrics.', body('properties')),
	group('additionalFields', [
		text('preciseTotalAmountCents', 'Precise Total Amount (Cents)', 'For metrics with dynamic pricing: the amount of this event in cents, decimals allowed', body('precise_total_amount_cents', '={{ String($value) }}'), { placeholder: '1234.56' }),
	]),
];
