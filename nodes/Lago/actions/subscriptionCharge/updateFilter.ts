import { defineOperation } from '../../../shared/operation';
import { chargeCodeField, chargeOverridePricing, filterIdField, filterOptions, filterOutput, filterValues, overridePreSend, subscriptionLocator, subscriptionStatus } from './fields';
import { group } from '../../../shared/fields';

export const updateFilter = defineOperation({
	name: 'Update Filter',
	value: 'updateFilter',
	action: 'Update a filter of a charge of a subscription',
	operationId: 'updateSubscriptionChargeFilter',
	method: 'PUT',
	path: '/subscriptions/{subscription}/charges/{chargeCode}/filters/{filterId}',
	request: { body: { filter: {} } },
	preSend: [overridePreSend('filter')],
	fields: [
		subscriptionLocator,
		chargeCodeField,
		filterIdField,
		...chargeOverridePricing,
		group('updateFields', [...filterOptions, filterValues(false)]),
		subscriptionStatus,
	],
	postReceive: filterOutput,
});
