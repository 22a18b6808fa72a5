import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { codeField } from '../sharedFields/locators';
import { inWrapper } from '../../fields';

export { subscriptionLocator, subscriptionStatus } from '../sharedFields/locators';

const body = inWrapper('alert');

export const alertOutput = unwrap('alert');

export const alertCodeField = codeField('Alert Code', 'alertCode', 'storage_threshold_alert', 'The code of the alert on the subscription');

export const alertTypeField: INodeProperties = {
	displayName: 'Alert Type',
	name: 'alertType',
	type: 'options',
	default: 'current_usage_amount',
	options: [
		{ name: 'Billable Metric Usage Amount', value: 'billable_metric_current_usage_amount', description: 'Amount of one billable metric in the current period' },
		{ name: 'Billable Metric Usage Units', value: 'billable_metric_current_usage_units', description: 'Units of one billable metric in the current period' },
		{ name: 'Current Usage Amount', value: 'current_usage_amount', description: 'Amount of all usage in the current period' },
		{ name: 'Lifetime Usage Amount', value: 'lifetime_usage_amount', description: 'Amount of all usage since the subscription started' },
	],
	routing: body('alert_type'),
};

export const thresholdRows: INodeProperties = {
	displayName: 'Thresholds',
	name: 'thresholds',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Threshold',
	default: {},
	description: 'Values at which Lago sends the alert.triggered webhook',
	options: [
		{
			displayName: 'Threshold',
			name: 'values',
			values: [
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: '10000',
					description: 'Amount alerts: an amount in cents. Unit alerts: a number of units.',
				},
				{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'warning', description: 'Names the threshold in the webhook' },
				{ displayName: 'Recurring', name: 'recurring', type: 'boolean', default: false, description: 'Whether the alert repeats every time usage grows by this value after the last threshold' },
			],
		},
	],
	routing: body(
		'thresholds',
		'={{ ($value.values || []).map(t => ({ value: String(t.value).trim(), ...(t.code ? { code: t.code } : {}), recurring: !!t.recurring })) }}',
	),
};

export const alertDetails: INodeProperties[] = [
	{
		displayName: 'Billable Metric Code',
		name: 'billableMetricCode',
		type: 'string',
		default: '',
		placeholder: 'storage',
		description: 'For the billable metric alert types: the metric watched',
		routing: body('billable_metric_code'),
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: body('name') },
];
