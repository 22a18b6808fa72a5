import { defineOperation } from '../../../shared/operation';
import { billableMetricLocator } from './fields';

export const deleteBillableMetric = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a billable metric',
	description: 'Delete a billable metric and the charges that price it',
	operationId: 'destroyBillableMetric',
	method: 'DELETE',
	path: '/billable_metrics/{billableMetric}',
	fields: [billableMetricLocator],
});
