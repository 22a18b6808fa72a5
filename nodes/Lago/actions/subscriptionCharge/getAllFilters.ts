import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { chargeCodeField, subscriptionLocator, subscriptionStatus } from './fields';

export const getAllFilters = defineOperation({
	name: 'Get Many Filters',
	value: 'getAllFilters',
	action: 'Get the filters of a charge of a subscription',
	operationId: 'findAllSubscriptionChargeFilters',
	method: 'GET',
	path: '/subscriptions/{subscription}/charges/{chargeCode}/filters',
	walk: lagoPages('filters'),
	fields: [subscriptionLocator, chargeCodeField, subscriptionStatus],
});
