import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { unwrap } from '../../client';
import { customerLocator, subscriptionLocator } from '../sharedFields/locators';

export const getProjectedUsage = defineOperation({
	name: 'Get Projected Usage',
	value: 'getProjectedUsage',
	action: 'Get the projected usage of a customer',
	description: "What one of the customer's subscriptions will cost by the end of the current period, at the current pace",
	operationId: 'findCustomerProjectedUsage',
	method: 'GET',
	path: '/customers/{customer}/projected_usage',
	checks: [required('Subscription', 'external_subscription_id', 'qs')],
	fields: [
		customerLocator,
		{ ...subscriptionLocator, routing: { send: { type: 'query', property: 'external_subscription_id' } } },
		{
			displayName: 'Apply Taxes',
			name: 'applyTaxes',
			type: 'boolean',
			default: true,
			description: 'Whether the amounts include taxes',
			routing: { send: { type: 'query', property: 'apply_taxes' } },
		},
	],
	postReceive: unwrap('customer_projected_usage'),
});
