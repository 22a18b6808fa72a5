import { defineOperation } from '../../../shared/operation';
import { aggregationTypeField, billableMetricDetails, billableMetricLocator, billableMetricOutput } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a billable metric',
	operationId: 'updateBillableMetric',
	method: 'PUT',
	path: '/billable_metrics/{billableMetric}',
	requireSomeOf: 'updateFields',
	request: { body: { billable_metric: {} } },
	fields: [
		billableMetricLocator,
		group('updateFields', [
			aggregationTypeField,
			text('code', 'Code', 'A new code; only while no plan uses the metric', toBody('billable_metric.code')),
			...billableMetricDetails.slice(0, 4),
			text('name', 'Name', undefined, toBody('billable_metric.name')),
			...billableMetricDetails.slice(4),
		]),
	],
	postReceive: billableMetricOutput,
});
