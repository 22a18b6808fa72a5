import { defineOperation } from '../../../shared/operation';
import { pricingPreSend } from '../sharedFields/pricing';
import { chargePricing, filterFields, filterIdField, filterOptions, filterOutput, planChargeLocator, planLocator } from './fields';
import { group } from '../../../shared/fields';

export const updateFilter = defineOperation({
	name: 'Update Filter',
	value: 'updateFilter',
	action: 'Update a filter of a charge of a plan',
	operationId: 'updatePlanChargeFilter',
	method: 'PUT',
	path: '/plans/{plan}/charges/{charge}/filters/{filterId}',
	request: { body: { filter: {} } },
	preSend: [pricingPreSend('filter', { sendModel: false })],
	fields: [
		planLocator,
		planChargeLocator,
		filterIdField,
		...chargePricing(true),
		group('updateFields', [...filterOptions, ...filterFields(false)]),
	],
	postReceive: filterOutput,
});
