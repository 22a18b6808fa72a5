import { defineOperation } from '../../../shared/operation';
import { chargeCodeField, chargeOutput, chargeOverrideOptions, chargeOverridePricing, overridePreSend, subscriptionLocator, subscriptionStatus } from './fields';
import { group } from '../../../shared/fields';

export const override = defineOperation({
	name: 'Override',
	value: 'override',
	action: 'Set a subscription-specific price for a charge',
	description: 'Give one subscription its own price for a charge of its plan',
	operationId: 'overrideSubscriptionCharge',
	method: 'PUT',
	path: '/subscriptions/{subscription}/charges/{chargeCode}',
	request: { body: { charge: {} } },
	preSend: [overridePreSend('charge')],
	fields: [
		subscriptionLocator,
		chargeCodeField,
		...chargeOverridePricing,
		group('options', chargeOverrideOptions),
		subscriptionStatus,
	],
	postReceive: chargeOutput,
});
