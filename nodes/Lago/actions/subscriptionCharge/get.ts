import { defineOperation } from '../../../shared/operation';
import { chargeCodeField, chargeOutput, subscriptionLocator, subscriptionStatus } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a charge of a subscription',
	operationId: 'findSubscriptionCharge',
	method: 'GET',
	path: '/subscriptions/{subscription}/charges/{chargeCode}',
	fields: [subscriptionLocator, chargeCodeField, subscriptionStatus],
	postReceive: chargeOutput,
});
