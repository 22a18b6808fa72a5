import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { cascadeUpdates, fixedChargeOptions, fixedChargeOutput, fixedChargePricing, fixedChargePricingPreSend, planLocator, unitsField } from './fields';

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
		{
			displayName: 'Add-On Code',
			name: 'addOnCode',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'seats',
			description: 'The add-on billed by this fixed charge',
			routing: { send: { type: 'body', property: 'fixed_charge.add_on_code' } },
		},
		{
			displayName: 'Fixed Charge Code',
			name: 'code',
			type: 'string',
			default: '',
			placeholder: 'seats',
			description: 'A code for the fixed charge, unique in the plan; Lago makes one up when empty',
			routing: { send: { type: 'body', property: 'fixed_charge.code', value: '={{ $value || undefined }}' } },
		},
		unitsField,
		...fixedChargePricing(false),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				...fixedChargeOptions.slice(0, 1),
				cascadeUpdates,
				...fixedChargeOptions.slice(1),
				{
					displayName: 'Pay in Advance',
					name: 'payInAdvance',
					type: 'boolean',
					default: false,
					description: 'Whether the fixed charge is billed at the start of each period',
					routing: { send: { type: 'body', property: 'fixed_charge.pay_in_advance' } },
				},
				{
					displayName: 'Prorated',
					name: 'prorated',
					type: 'boolean',
					default: false,
					description: 'Whether the charge is prorated when the subscription starts mid-period',
					routing: { send: { type: 'body', property: 'fixed_charge.prorated' } },
				},
			],
		},
	],
	postReceive: fixedChargeOutput,
});
