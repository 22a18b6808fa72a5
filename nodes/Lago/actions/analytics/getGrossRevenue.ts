import { defineOperation } from '../../../shared/operation';
import { monthlyOptions, rows } from './fields';

export const getGrossRevenue = defineOperation({
	name: 'Get Gross Revenue',
	value: 'getGrossRevenue',
	action: 'Get gross revenue analytics per month',
	description: 'Invoiced amounts per month and currency, one item per month',
	operationId: 'findAllGrossRevenues',
	method: 'GET',
	path: '/analytics/gross_revenue',
	fields: [monthlyOptions(true)],
	postReceive: rows('gross_revenues'),
});
