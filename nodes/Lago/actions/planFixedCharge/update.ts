import { defineOperation } from '../../../shared/operation';
import { cascadeUpdates, fixedChargeCode, fixedChargeOptions, fixedChargeOutput, fixedChargePricing, fixedChargePricingPreSend, planLocator, unitsField } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a fixed charge of a plan',
	operationId: 'updatePlanFixedCharge',
	method: 'PUT',
	path: '/plans/{plan}/fixed_charges/{fixedChargeCode}',
	request: { body: { fixed_charge: {} } },
	preSend: [fixedChargePricingPreSend(true)],
	fields: [
		planLocator,
		fixedChargeCode,
		...fixedChargePricing(true),
		group('updateFields', [...fixedChargeOptions.slice(0, 1), cascadeUpdates, ...fixedChargeOptions.slice(1), unitsField]),
	],
	postReceive: fixedChargeOutput,
});
