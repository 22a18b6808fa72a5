import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { toQuery } from '../../fields';
import { subscriptionStatuses } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many subscriptions',
	operationId: 'findAllSubscriptions',
	method: 'GET',
	path: '/subscriptions',
	walk: lagoPages('subscriptions'),
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Customer External ID',
					name: 'externalCustomerId',
					type: 'string',
					default: '',
					routing: toQuery('external_customer_id'),
				},
				{
					displayName: 'Plan Code',
					name: 'planCode',
					type: 'string',
					default: '',
					routing: toQuery('plan_code'),
				},
				{
					displayName: 'Statuses',
					name: 'statuses',
					type: 'multiOptions',
					default: [],
					description: 'Without it, Lago returns only active subscriptions',
					options: subscriptionStatuses,
					routing: toQuery('status'),
				},
			],
		},
	],
});
