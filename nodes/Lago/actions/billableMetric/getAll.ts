import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many billable metrics',
	operationId: 'findAllBillableMetrics',
	method: 'GET',
	path: '/billable_metrics',
	walk: lagoPages('billable_metrics'),
	fields: [],
});
