import type { INodeProperties } from 'n8n-workflow';

import { lagoIdField } from '../../billingFields';
import { dateTime, options, text } from '../../../shared/fields';
import { currencyFilter, customerFilter, subscriptionFilter, toQuery } from '../../fields';

export const feeId = lagoIdField('Fee ID', 'feeId', 'The Lago ID of the fee (lago_id), as listed on its invoice');

export const paymentStatuses: Array<[string, string]> = [
	['Failed', 'failed'],
	['Pending', 'pending'],
	['Refunded', 'refunded'],
	['Succeeded', 'succeeded'],
];

/** A moment filter, sent as the query parameter `property`. */
const moment = (displayName: string, name: string, property: string, description: string) => dateTime(name, displayName, description, toQuery(property));

export const feeFilters: INodeProperties[] = [
	text('billableMetricCode', 'Billable Metric Code', 'Only charge fees of this billable metric', toQuery('billable_metric_code')),
	moment('Created After', 'createdAtFrom', 'created_at_from', 'Only fees created at or after this moment (UTC)'),
	moment('Created Before', 'createdAtTo', 'created_at_to', 'Only fees created at or before this moment (UTC)'),
	currencyFilter(),
	customerFilter(),
	text('eventTransactionId', 'Event Transaction ID', 'Only the fee of this pay-in-advance event', toQuery('event_transaction_id')),
	moment('Failed After', 'failedAtFrom', 'failed_at_from', 'Only fees whose payment failed at or after this moment (UTC)'),
	moment('Failed Before', 'failedAtTo', 'failed_at_to', 'Only fees whose payment failed at or before this moment (UTC)'),
	options('feeType', 'Fee Type', undefined, [
		['Add-On', 'add_on'],
		['Charge', 'charge'],
		['Commitment', 'commitment'],
		['Credit', 'credit'],
		['Subscription', 'subscription'],
	], 'charge', toQuery('fee_type')),
	options('paymentStatus', 'Payment Status', undefined, paymentStatuses, 'pending', toQuery('payment_status')),
	moment('Refunded After', 'refundedAtFrom', 'refunded_at_from', 'Only fees refunded at or after this moment (UTC)'),
	moment('Refunded Before', 'refundedAtTo', 'refunded_at_to', 'Only fees refunded at or before this moment (UTC)'),
	subscriptionFilter(),
	moment('Succeeded After', 'succeededAtFrom', 'succeeded_at_from', 'Only fees paid at or after this moment (UTC)'),
	moment('Succeeded Before', 'succeededAtTo', 'succeeded_at_to', 'Only fees paid at or before this moment (UTC)'),
];
