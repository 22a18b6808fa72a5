import { defineOperation } from '../../../shared/operation';
import { wholeNumber } from '../../../shared/validation';
import { unwrap } from '../../client';
import { inside } from '../../validation';
import { subscriptionLocator } from '../sharedFields/locators';

export const updateLifetimeUsage = defineOperation({
	name: 'Update Lifetime Usage',
	value: 'updateLifetimeUsage',
	action: 'Set the historical usage of a subscription',
	description: 'Record usage billed before Lago (e.g. by a former billing system), so progressive billing counts it',
	operationId: 'updateSubscriptionLifetimeUsage',
	method: 'PUT',
	path: '/subscriptions/{subscription}/lifetime_usage',
	checks: [
		inside(
			'lifetime_usage',
			wholeNumber('Historical Usage (Cents)', 'external_historical_usage_amount_cents', { min: 0, hint: 'An amount in cents, e.g. 150000 for 1,500.00' }),
		),
	],
	fields: [
		subscriptionLocator,
		{
			displayName: 'Historical Usage (Cents)',
			name: 'historicalUsageAmountCents',
			type: 'number',
			required: true,
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Usage amount billed outside Lago, in cents',
			routing: { send: { type: 'body', property: 'lifetime_usage.external_historical_usage_amount_cents' } },
		},
	],
	postReceive: unwrap('lifetime_usage'),
});
