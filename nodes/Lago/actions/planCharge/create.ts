import { defineOperation } from '../../../shared/operation';
import { billableMetricIdLocator, chargeOptions, chargeOutput, chargePricing, chargePricingPreSend, planLocator } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Add a charge to a plan',
	description: 'Price the usage of a billable metric in a plan',
	operationId: 'createPlanCharge',
	method: 'POST',
	path: '/plans/{plan}/charges',
	preSend: [chargePricingPreSend],
	fields: [
		planLocator,
		billableMetricIdLocator,
		{
			displayName: 'Charge Code',
			name: 'code',
			type: 'string',
			default: '',
			placeholder: 'api_requests',
			description: 'A code for the charge, unique in the plan, to address it later; Lago makes one up when empty',
			routing: { send: { type: 'body', property: 'charge.code', value: '={{ $value || undefined }}' } },
		},
		...chargePricing(false),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: chargeOptions,
		},
	],
	postReceive: chargeOutput,
});
