import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { toQuery } from '../../fields';
import { billableMetricCodeOption, customerLocator, usageChecks, usageSubscription } from './fields';

export const getCurrentUsage = defineOperation({
	name: 'Get Current Usage',
	value: 'getCurrentUsage',
	action: 'Get the current usage of a customer',
	description: "Usage and amounts of one of the customer's subscriptions in the current billing period",
	operationId: 'findCustomerCurrentUsage',
	method: 'GET',
	path: '/customers/{customer}/current_usage',
	checks: usageChecks,
	postReceive: unwrap('customer_usage'),
	fields: [
		customerLocator,
		usageSubscription,
		{
			displayName: 'Options',
			name: 'usageOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Apply Taxes',
					name: 'applyTaxes',
					type: 'boolean',
					default: true,
					description: 'Whether amounts include taxes',
					routing: toQuery('apply_taxes'),
				},
				billableMetricCodeOption,
				{
					displayName: 'Charge Code',
					name: 'chargeCode',
					type: 'string',
					default: '',
					description: 'Only the usage of this charge of the plan',
					routing: toQuery('charge_code'),
				},
				{
					displayName: 'Full Usage',
					name: 'fullUsage',
					type: 'boolean',
					default: false,
					description: 'Whether to return the usage since the subscription started instead of this billing period. Needs a Charge Code.',
					routing: toQuery('full_usage'),
				},
			],
		},
	],
});
