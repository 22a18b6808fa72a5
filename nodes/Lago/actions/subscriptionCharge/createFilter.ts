import { defineOperation } from '../../../shared/operation';
import { chargeCodeField, chargeOverridePricing, filterOptions, filterOutput, filterValues, overridePreSend, subscriptionLocator, subscriptionStatus } from './fields';
import { group } from '../../../shared/fields';

export const createFilter = defineOperation({
	name: 'Create Filter',
	value: 'createFilter',
	action: 'Add a filter to a charge of a subscription',
	description: 'Price the events that match some property values differently, for this subscription only',
	operationId: 'createSubscriptionChargeFilter',
	method: 'POST',
	path: '/subscriptions/{subscription}/charges/{chargeCode}/filters',
	preSend: [overridePreSend('filter')],
	fields: [
		subscriptionLocator,
		chargeCodeField,
		filterValues(true),
		...chargeOverridePricing.map((field) => (field.name === 'chargeModel' ? { ...field, default: 'standard', options: field.options?.slice(1) } : field)),
		group('options', filterOptions),
		subscriptionStatus,
	],
	postReceive: filterOutput,
});
