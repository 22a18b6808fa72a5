import { defineOperation } from '../../../shared/operation';
import { fixedChargeCodeField, fixedChargeOutput, fixedChargeOverrideOptions, fixedChargeOverridePricing, overridePreSend, subscriptionLocator, subscriptionStatus } from './fields';
import { group } from '../../../shared/fields';

export const overrideFixedCharge = defineOperation({
	name: 'Override Fixed Charge',
	value: 'overrideFixedCharge',
	action: 'Set a subscription-specific price for a fixed charge',
	description: 'Give one subscription its own units or price for a fixed charge of its plan',
	operationId: 'overrideSubscriptionFixedCharge',
	method: 'PUT',
	path: '/subscriptions/{subscription}/fixed_charges/{fixedChargeCode}',
	request: { body: { fixed_charge: {} } },
	preSend: [overridePreSend('fixed_charge')],
	fields: [
		subscriptionLocator,
		fixedChargeCodeField,
		...fixedChargeOverridePricing,
		group('options', fixedChargeOverrideOptions),
		subscriptionStatus,
	],
	postReceive: fixedChargeOutput,
});
