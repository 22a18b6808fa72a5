import { defineOperation } from '../../../shared/operation';
import { rows, usageChecks, usageFilters } from './fields';
import { options } from '../../../shared/fields';
import { toQuery } from '../../fields';

export const getUsage = defineOperation({
	name: 'Get Usage',
	value: 'getUsage',
	action: 'Get usage analytics per day, week or month',
	description: 'Usage amounts and units per billable metric and period, one item per row',
	operationId: 'findAllUsages',
	method: 'GET',
	path: '/analytics/usage',
	checks: usageChecks,
	fields: [
		options('timeGranularity', 'Time Granularity', undefined, [
			['Daily', 'daily'],
			['Monthly', 'monthly'],
			['Weekly', 'weekly'],
		], 'monthly', toQuery('time_granularity')),
		usageFilters,
	],
	postReceive: rows('usages'),
});
