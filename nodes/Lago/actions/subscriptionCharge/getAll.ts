import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { subscriptionLocator, subscriptionStatus } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get the charges of a subscription',
	description: 'The charges of the subscription, with its overrides',
	operationId: 'findAllSubscriptionCharges',
	method: 'GET',
	path: '/subscriptions/{subscription}/charges',
	walk: lagoPages('charges'),
	fields: [subscriptionLocator, subscriptionStatus],
});
