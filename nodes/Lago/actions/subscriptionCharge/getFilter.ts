import { defineOperation } from '../../../shared/operation';
import { chargeCodeField, filterIdField, filterOutput, subscriptionLocator, subscriptionStatus } from './fields';

export const getFilter = defineOperation({
	name: 'Get Filter',
	value: 'getFilter',
	action: 'Get a filter of a charge of a subscription',
	operationId: 'findSubscriptionChargeFilter',
	method: 'GET',
	path: '/subscriptions/{subscription}/charges/{chargeCode}/filters/{filterId}',
	fields: [subscriptionLocator, chargeCodeField, filterIdField, subscriptionStatus],
	postReceive: filterOutput,
});
