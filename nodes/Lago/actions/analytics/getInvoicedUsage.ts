import { defineOperation } from '../../../shared/operation';
import { monthlyOptions, rows } from './fields';

export const getInvoicedUsage = defineOperation({
	name: 'Get Invoiced Usage',
	value: 'getInvoicedUsage',
	action: 'Get invoiced usage analytics per month',
	description: 'Usage-based amounts invoiced per billable metric and month, one item per row',
	operationId: 'findAllInvoicedUsages',
	method: 'GET',
	path: '/analytics/invoiced_usage',
	fields: [monthlyOptions(false)],
	postReceive: rows('invoiced_usages'),
});
