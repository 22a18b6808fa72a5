import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { toQuery } from '../../fields';
import { billableMetricCodeOption, customerLocator, usageChecks, usageSubscription } from './fields';
import { number } from '../../../shared/fields';

export const getPastUsage = defineOperation({
	name: 'Get Past Usage',
	value: 'getPastUsage',
	action: 'Get the past usage of a customer',
	description: "Usage of one of the customer's subscriptions in past billing periods, most recent first",
	operationId: 'findAllCustomerPastUsage',
	method: 'GET',
	path: '/customers/{customer}/past_usage',
	checks: usageChecks,
	walk: lagoPages('usage_periods'),
	fields: [
		customerLocator,
		usageSubscription,
		{
			displayName: 'Options',
			name: 'pastUsageOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				billableMetricCodeOption,
				number('periodsCount', 'Periods Count', 'How many past billing periods to return', toQuery('periods_count'), { default: 3, typeOptions: { minValue: 1 } }),
			],
		},
	],
});
