import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { inWrapper } from '../../fields';
import { boolean, number, options, rows, text } from '../../../shared/fields';

export { billableMetricLocator } from '../sharedFields/locators';

const body = inWrapper('billable_metric');

export const billableMetricOutput = unwrap('billable_metric');

export const aggregationTypeField: INodeProperties = options('aggregationType', 'Aggregation', 'How the events of a period become one quantity', [
	['Count', 'count_agg', 'Number of events'],
	['Latest', 'latest_agg', 'Value of the property in the last event'],
	['Max', 'max_agg', 'Highest value of the property'],
	['Sum', 'sum_agg', 'Sum of the property'],
	['Unique Count', 'unique_count_agg', 'Number of distinct values of the property'],
	['Weighted Sum', 'weighted_sum_agg', 'Sum of the property weighted by time (e.g. GB-seconds)'],
], 'count_agg', body('aggregation_type'));

/** Optional settings of a billable metric, for Create and Update. */
export const billableMetricDetails: INodeProperties[] = [
	text('description', 'Description', undefined, body('description'), { typeOptions: { rows: 2 } }),
	text('expression', 'Expression', "A formula over the event's properties that gives the value to aggregate, instead of one property", body('expression'), { placeholder: 'round((ended_at - started_at) / 3600)' }),
	text('fieldName', 'Field Name', 'The event property aggregated; needed by every aggregation but Count', body('field_name'), { placeholder: 'gb' }),
	rows('filters', 'Filters', 'Event properties and the values charges can be priced by (e.g. region: us, eu)', 'Add Filter', { name: 'values', displayName: 'Filter', values: [
		text('key', 'Key', undefined, undefined, { placeholder: 'region' }),
		text('values', 'Values', 'Comma-separated', undefined, { placeholder: 'us, eu' }),
	] }, { routing: body(
			'filters',
			'={{ ($value.values || []).map(f => ({ key: String(f.key).trim(), values: String(f.values).split(",").map(s => s.trim()).filter(s => s) })) }}',
		) }),
	boolean('recurring', 'Recurring', 'Whether the quantity carries over to the next period instead of restarting at zero', body('recurring')),
	options('roundingFunction', 'Rounding', 'How the aggregated quantity is rounded', [['Ceil', 'ceil'], ['Floor', 'floor'], ['Round', 'round']], 'round', body('rounding_function')),
	number('roundingPrecision', 'Rounding Precision', 'Number of decimals kept when rounding', body('rounding_precision')),
	options('weightedInterval', 'Weighted Interval', 'The time unit of a Weighted Sum', [['Seconds', 'seconds']], 'seconds', body('weighted_interval')),
];
