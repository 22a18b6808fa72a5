import { defineOperation } from '../../../shared/operation';
import { pricingPreSend } from '../sharedFields/pricing';
import { chargePricing, filterFields, filterOptions, filterOutput, planChargeLocator, planLocator } from './fields';
import { group } from '../../../shared/fields';

export const createFilter = defineOperation({
	name: 'Create Filter',
	value: 'createFilter',
	action: 'Add a filter to a charge of a plan',
	description: 'Price the events that match some property values differently, e.g. region = eu',
	operationId: 'createPlanChargeFilter',
	method: 'POST',
	path: '/plans/{plan}/charges/{charge}/filters',
	preSend: [pricingPreSend('filter', { sendModel: false })],
	fields: [
		planLocator,
		planChargeLocator,
		...filterFields(true),
		...chargePricing(false).map((field) =>
			field.name === 'chargeModel' ? { ...field, description: "The charge's model: the filter's price must use the same one; not sent" } : field,
		),
		group('options', filterOptions),
	],
	postReceive: filterOutput,
});
