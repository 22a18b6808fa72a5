import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { toQuery } from '../../fields';
import { subscriptionLocator, subscriptionStatuses } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a subscription',
	operationId: 'findSubscription',
	method: 'GET',
	path: '/subscriptions/{subscription}',
	postReceive: unwrap('subscription'),
	fields: [
		subscriptionLocator(),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'active',
			options: subscriptionStatuses,
			description: 'Several subscriptions can share an external ID (a pending one next to an active one, past ones); this picks one',
			routing: toQuery('status'),
		},
	],
});
