import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { cascadeUpdates, fixedChargeOptions, fixedChargeOutput, fixedChargePricing, fixedChargePricingPreSend, planLocator, unitsField } from './fields';
import { boolean, group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Add a fixed charge to a plan',
	description: 'Bill an add-on every period, by a number of units (seats, licenses)',
	operationId: 'createPlanFixedCharge',
	method: 'POST',
	path: '/plans/{plan}/fixed_charges',
	checks: [inside('fixed_charge', required('Add-On Code', 'add_on_code'))],
	preSend: [fixedChargePricingPreSend(true)],
	fields: [
		planLocator,
		text('addOnCode', 'Add-On Code', 'The add-on billed by this fixed charge', toBody('fixed_charge.add_on_code'), { required: true, placeholder: 'seats' }),
		text('code', 'Fixed Charge Code', 'A code for the fixed charge, unique in the plan; Lago makes one up when empty', toBody('fixed_charge.code', '={{ $value || undefined }}'), { placeholder: 'seats' }),
		unitsField,
		...fixedChargePricing(false),
		group('options', [
			...fixedChargeOptions.slice(0, 1),
			cascadeUpdates,
			...fixedChargeOptions.slice(1),
			boolean('payInAdvance', 'Pay in Advance', 'Whether the fixed charge is billed at the start of each period', toBody('fixed_charge.pay_in_advance')),
			boolean('prorated', 'Prorated', 'Whether the charge is prorated when the subscription starts mid-period', toBody('fixed_charge.prorated')),
		]),
	],
	postReceive: fixedChargeOutput,
});
