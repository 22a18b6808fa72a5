import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { codeField } from '../sharedFields/locators';
import { inWrapper } from '../../fields';
import { boolean, options, rows, text } from '../../../shared/fields';

export { subscriptionLocator, subscriptionStatus } from '../sharedFields/locators';

const body = inWrapper('alert');

export const alertOutput = unwrap('alert');

export const alertCodeField = codeField('Alert Code', 'alertCode', 'storage_threshold_alert', 'The code of the alert on the subscription');

export const alertTypeField: INodeProperties = options('alertType', 'Alert Type', undefined, [
	['Billable Metric Usage Amount', 'billable_metric_current_usage_amount', 'Amount of one billable metric in the current period'],
	['Billable Metric Usage Units', 'billable_metric_current_usage_units', 'Units of one billable metric in the current period'],
	['Current Usage Amount', 'current_usage_amount', 'Amount of all usage in the current period'],
	['Lifetime Usage Amount', 'lifetime_usage_amount', 'Amount of all usage since the subscription started'],
], 'current_usage_amount', body('alert_type'));

export const thresholdRows: INodeProperties = rows('thresholds', 'Thresholds', 'Values at which Lago sends the alert.triggered webhook', 'Add Threshold', { name: 'values', displayName: 'Threshold', values: [
	text('value', 'Value', 'Amount alerts: an amount in cents. Unit alerts: a number of units.', undefined, { placeholder: '10000' }),
	text('code', 'Code', 'Names the threshold in the webhook', undefined, { placeholder: 'warning' }),
	boolean('recurring', 'Recurring', 'Whether the alert repeats every time usage grows by this value after the last threshold'),
] }, { routing: body(
		'thresholds',
		'={{ ($value.values || []).map(t => ({ value: String(t.value).trim(), ...(t.code ? { code: t.code } : {}), recurring: !!t.recurring })) }}',
	) });

export const alertDetails: INodeProperties[] = [
	text('billableMetricCode', 'Billable Metric Code', 'For the billable metric alert types: the metric watched', body('billable_metric_code'), { placeholder: 'storage' }),
	text('name', 'Name', undefined, body('name')),
];
