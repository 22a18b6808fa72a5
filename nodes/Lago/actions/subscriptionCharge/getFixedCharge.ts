import { defineOperation } from '../../../shared/operation';
import { fixedChargeCodeField, fixedChargeOutput, subscriptionLocator, subscriptionStatus } from './fields';

export const getFixedCharge = defineOperation({
	name: 'Get Fixed Charge',
	value: 'getFixedCharge',
	action: 'Get a fixed charge of a subscription',
	operationId: 'findSubscriptionFixedCharge',
	method: 'GET',
	path: '/subscriptions/{subscription}/fixed_charges/{fixedChargeCode}',
	fields: [subscriptionLocator, fixedChargeCodeField, subscriptionStatus],
	postReceive: fixedChargeOutput,
});
