import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { toQuery } from '../../fields';
import { billableMetricCodeOption, customerLocator, usageChecks, usageSubscription } from './fields';
import { boolean, text } from '../../../shared/fields';

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
				boolean('applyTaxes', 'Apply Taxes', 'Whether amounts include taxes', toQuery('apply_taxes'), { default: true }),
				billableMetricCodeOption,
				text('chargeCode', 'Charge Code', 'Only the usage of this charge of the plan', toQuery('charge_code')),
				boolean('fullUsage', 'Full Usage', 'Whether to return the usage since the subscription started instead of this billing period. Needs a Charge Code.', toQuery('full_usage')),
			],
		},
	],
});
