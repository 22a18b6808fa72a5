import { defineOperation } from '../../../shared/operation';
import { dateTime, required } from '../../../shared/validation';
import { unwrap } from '../../client';
import { inWrapper, lagoLocator } from '../../fields';
import { inside } from '../../validation';
import { customerLocator } from '../customer/fields';
import { subscriptionDetails } from './fields';
import { group, text } from '../../../shared/fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a subscription',
	description: 'Assign a plan to a customer; with the external ID of an existing subscription, change its plan',
	operationId: 'createSubscription',
	method: 'POST',
	path: '/subscriptions',
	checks: [
		inside(
			'subscription',
			required('External ID', 'external_id'),
			dateTime('Subscription At', 'subscription_at'),
			dateTime('Ending At', 'ending_at'),
		),
	],
	postReceive: unwrap('subscription'),
	fields: [
		{ ...customerLocator, routing: inWrapper('subscription')('external_customer_id') },
		lagoLocator({
			displayName: 'Plan',
			name: 'plan',
			description: 'The plan to subscribe the customer to',
			searchListMethod: 'searchPlans',
			by: 'code',
			placeholder: 'premium',
			routing: inWrapper('subscription')('plan_code'),
		}),
		text('externalId', 'External ID', 'The ID of the subscription in your application; events name it. Reusing the ID of an active subscription changes its plan.', inWrapper('subscription')('external_id'), { required: true, placeholder: 'my_sub_1234567890' }),
		group('additionalFields', subscriptionDetails('create')),
	],
});
