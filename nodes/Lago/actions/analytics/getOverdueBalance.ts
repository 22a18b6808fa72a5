import { defineOperation } from '../../../shared/operation';
import { monthlyOptions, rows } from './fields';

export const getOverdueBalance = defineOperation({
	name: 'Get Overdue Balance',
	value: 'getOverdueBalance',
	action: 'Get overdue balance analytics per month',
	description: 'Amounts past their due date per month, one item per month',
	operationId: 'findAllOverdueBalances',
	method: 'GET',
	path: '/analytics/overdue_balance',
	fields: [monthlyOptions(true)],
	postReceive: rows('overdue_balances'),
});
