import { defineOperation } from '../../../shared/operation';
import { billableMetricLocator, billableMetricOutput } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a billable metric',
	operationId: 'findBillableMetric',
	method: 'GET',
	path: '/billable_metrics/{billableMetric}',
	fields: [billableMetricLocator],
	postReceive: billableMetricOutput,
});
