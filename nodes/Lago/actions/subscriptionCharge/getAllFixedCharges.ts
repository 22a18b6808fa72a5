import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { subscriptionLocator, subscriptionStatus } from './fields';

export const getAllFixedCharges = defineOperation({
	name: 'Get Many Fixed Charges',
	value: 'getAllFixedCharges',
	action: 'Get the fixed charges of a subscription',
	operationId: 'findAllSubscriptionFixedCharges',
	method: 'GET',
	path: '/subscriptions/{subscription}/fixed_charges',
	walk: lagoPages('fixed_charges'),
	fields: [subscriptionLocator, subscriptionStatus],
});
