import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { inWrapper } from '../../fields';

export { billableMetricLocator } from '../sharedFields/locators';

const body = inWrapper('billable_metric');

export const billableMetricOutput = unwrap('billable_metric');

export const aggregationTypeField: INodeProperties = {
	displayName: 'Aggregation',
	name: 'aggregationType',
	type: 'options',
	default: 'count_agg',
	description: 'How the events of a period become one quantity',
	options: [
		{ name: 'Count', value: 'count_agg', description: 'Number of events' },
		{ name: 'Latest', value: 'latest_agg', description: 'Value of the property in the last event' },
		{ name: 'Max', value: 'max_agg', description: 'Highest value of the property' },
		{ name: 'Sum', value: 'sum_agg', description: 'Sum of the property' },
		{ name: 'Unique Count', value: 'unique_count_agg', description: 'Number of distinct values of the property' },
		{ name: 'Weighted Sum', value: 'weighted_sum_agg', description: 'Sum of the property weighted by time (e.g. GB-seconds)' },
	],
	routing: body('aggregation_type'),
};

/** Optional settings of a billable metric, for Create and Update. */
export const billableMetricDetails: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		routing: body('description'),
	},
	{
		displayName: 'Expression',
		name: 'expression',
		type: 'string',
		default: '',
		placeholder: 'round((ended_at - started_at) / 3600)',
		description: "A formula over the event's properties that gives the value to aggregate, instead of one property",
		routing: body('expression'),
	},
	{
		displayName: 'Field Name',
		name: 'fieldName',
		type: 'string',
		default: '',
		placeholder: 'gb',
		description: 'The event property aggregated; needed by every aggregation but Count',
		routing: body('field_name'),
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Filter',
		default: {},
		description: 'Event properties and the values charges can be priced by (e.g. region: us, eu)',
		options: [
			{
				displayName: 'Filter',
				name: 'values',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'region' },
					{ displayName: 'Values', name: 'values', type: 'string', default: '', placeholder: 'us, eu', description: 'Comma-separated' },
				],
			},
		],
		routing: body(
			'filters',
			'={{ ($value.values || []).map(f => ({ key: String(f.key).trim(), values: String(f.values).split(",").map(s => s.trim()).filter(s => s) })) }}',
		),
	},
	{
		displayName: 'Recurring',
		name: 'recurring',
		type: 'boolean',
		default: false,
		description: 'Whether the quantity carries over to the next period instead of restarting at zero',
		routing: body('recurring'),
	},
	{
		displayName: 'Rounding',
		name: 'roundingFunction',
		type: 'options',
		default: 'round',
		options: [
			{ name: 'Ceil', value: 'ceil' },
			{ name: 'Floor', value: 'floor' },
			{ name: 'Round', value: 'round' },
		],
		description: 'How the aggregated quantity is rounded',
		routing: body('rounding_function'),
	},
	{
		displayName: 'Rounding Precision',
		name: 'roundingPrecision',
		type: 'number',
		default: 0,
		description: 'Number of decimals kept when rounding',
		routing: body('rounding_precision'),
	},
	{
		displayName: 'Weighted Interval',
		name: 'weightedInterval',
		type: 'options',
		default: 'seconds',
		options: [{ name: 'Seconds', value: 'seconds' }],
		description: 'The time unit of a Weighted Sum',
		routing: body('weighted_interval'),
	},
];
