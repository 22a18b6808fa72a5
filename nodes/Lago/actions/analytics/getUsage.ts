import { defineOperation } from '../../../shared/operation';
import { rows, usageChecks, usageFilters } from './fields';

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
		{
			displayName: 'Time Granularity',
			name: 'timeGranularity',
			type: 'options',
			default: 'monthly',
			options: [
				{ name: 'Daily', value: 'daily' },
				{ name: 'Monthly', value: 'monthly' },
				{ name: 'Weekly', value: 'weekly' },
			],
			routing: { send: { type: 'query', property: 'time_granularity' } },
		},
		usageFilters,
	],
	postReceive: rows('usages'),
});
