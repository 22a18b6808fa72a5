import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { aggregationTypeField, billableMetricDetails, billableMetricOutput } from './fields';

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
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Storage',
			routing: { send: { type: 'body', property: 'billable_metric.name' } },
		},
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'storage',
			description: 'The code events carry to count towards this metric',
			routing: { send: { type: 'body', property: 'billable_metric.code' } },
		},
		{ ...aggregationTypeField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: billableMetricDetails,
		},
	],
	postReceive: billableMetricOutput,
});
