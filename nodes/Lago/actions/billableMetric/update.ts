import { defineOperation } from '../../../shared/operation';
import { aggregationTypeField, billableMetricDetails, billableMetricLocator, billableMetricOutput } from './fields';

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
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				aggregationTypeField,
				{
					displayName: 'Code',
					name: 'code',
					type: 'string',
					default: '',
					description: 'A new code; only while no plan uses the metric',
					routing: { send: { type: 'body', property: 'billable_metric.code' } },
				},
				...billableMetricDetails.slice(0, 4),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'billable_metric.name' } },
				},
				...billableMetricDetails.slice(4),
			],
		},
	],
	postReceive: billableMetricOutput,
});
