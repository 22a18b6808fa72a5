import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteBillableMetric } from './delete';
import { evaluateExpression } from './evaluateExpression';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const billableMetric = defineResource({
	name: 'Billable Metric',
	value: 'billableMetric',
	description: 'What usage events count: the quantities charges price',
	operations: [create, deleteBillableMetric, evaluateExpression, get, getAll, update],
});
