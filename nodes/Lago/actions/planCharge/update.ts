import { defineOperation } from '../../../shared/operation';
import { chargeOptions, chargeOutput, chargePricing, chargePricingPreSend, planChargeLocator, planLocator } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a charge of a plan',
	operationId: 'updatePlanCharge',
	method: 'PUT',
	path: '/plans/{plan}/charges/{charge}',
	request: { body: { charge: {} } },
	preSend: [chargePricingPreSend],
	fields: [
		planLocator,
		planChargeLocator,
		...chargePricing(true),
		group('updateFields', chargeOptions),
	],
	postReceive: chargeOutput,
});
