import { defineOperation } from '../../../shared/operation';
import { chargeCodeField, filterIdField, subscriptionLocator, subscriptionStatus } from './fields';

export const deleteFilter = defineOperation({
	name: 'Delete Filter',
	value: 'deleteFilter',
	action: 'Delete a filter of a charge of a subscription',
	operationId: 'destroySubscriptionChargeFilter',
	method: 'DELETE',
	path: '/subscriptions/{subscription}/charges/{chargeCode}/filters/{filterId}',
	fields: [subscriptionLocator, chargeCodeField, filterIdField, subscriptionStatus],
});
