import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { aggregationTypeField, billableMetricDetails, billableMetricOutput } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a billable metric',
	description: 'Define how usage events are counted',
	operationId: 'createBillableMetric',
	method: 'POST',
	path: '/billable_metrics',
	checks: [inside('billable_metric', required('Name', 'name'), required('Code', 'code'))],
	fields: [
		text('name', 'Name', undefined, toBody('billable_metric.name'), { required: true, placeholder: 'Storage' }),
		text('code', 'Code', 'The code events carry to count towards this metric', toBody('billable_metric.code'), { required: true, placeholder: 'storage' }),
		{ ...aggregationTypeField, required: true },
		group('additionalFields', billableMetricDetails),
	],
	postReceive: billableMetricOutput,
});
