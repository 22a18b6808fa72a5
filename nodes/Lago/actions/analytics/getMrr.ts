import { defineOperation } from '../../../shared/operation';
import { monthlyOptions, rows } from './fields';

export const getMrr = defineOperation({
	name: 'Get MRR',
	value: 'getMrr',
	action: 'Get monthly recurring revenue (MRR) analytics',
	description: 'Monthly recurring revenue per month, one item per month',
	operationId: 'findAllMrrs',
	method: 'GET',
	path: '/analytics/mrr',
	fields: [monthlyOptions(false)],
	postReceive: rows('mrrs'),
});
