import { defineOperation } from '../../../shared/operation';
import { dateTime } from '../../../shared/validation';
import { unwrap } from '../../client';
import { inside } from '../../validation';
import { pendingSwitch, subscriptionDetails, subscriptionLocator } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a subscription',
	operationId: 'updateSubscription',
	method: 'PUT',
	path: '/subscriptions/{subscription}',
	checks: [inside('subscription', dateTime('Subscription At', 'subscription_at'), dateTime('Ending At', 'ending_at'))],
	postReceive: unwrap('subscription'),
	fields: [
		subscriptionLocator(),
		group('updateFields', [
			...subscriptionDetails('update'),
			pendingSwitch(
				'Update Pending Subscription',
				'Whether to update the pending subscription with this external ID rather than the active one',
			),
		]),
	],
});
