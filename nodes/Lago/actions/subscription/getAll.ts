import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { customerFilter, toQuery } from '../../fields';
import { subscriptionStatuses } from './fields';
import { group, text } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many subscriptions',
	operationId: 'findAllSubscriptions',
	method: 'GET',
	path: '/subscriptions',
	walk: lagoPages('subscriptions'),
	fields: [
		group('filters', [
			customerFilter(),
			text('planCode', 'Plan Code', undefined, toQuery('plan_code')),
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				default: [],
				description: 'Without it, Lago returns only active subscriptions',
				options: subscriptionStatuses,
				routing: toQuery('status'),
			},
		]),
	],
});
