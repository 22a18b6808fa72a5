import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { unwrap } from '../../client';
import { customerLocator, subscriptionLocator } from '../sharedFields/locators';
import { boolean } from '../../../shared/fields';
import { toQuery } from '../../fields';

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
		{ ...subscriptionLocator, routing: toQuery('external_subscription_id') },
		boolean('applyTaxes', 'Apply Taxes', 'Whether the amounts include taxes', toQuery('apply_taxes'), { default: true }),
	],
	postReceive: unwrap('customer_projected_usage'),
});
