import { defineOperation } from '../../../shared/operation';
import { wholeNumber } from '../../../shared/validation';
import { unwrap } from '../../client';
import { inside } from '../../validation';
import { subscriptionLocator } from '../sharedFields/locators';
import { number } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		number('historicalUsageAmountCents', 'Historical Usage (Cents)', 'Usage amount billed outside Lago, in cents', toBody('lifetime_usage.external_historical_usage_amount_cents'), { required: true, typeOptions: { minValue: 0 } }),
	],
	postReceive: unwrap('lifetime_usage'),
});
