import { defineOperation } from '../../../shared/operation';
import { simplified, simplifySwitch } from '../../../shared/output';
import { lagoPages } from '../../client';
import { customerLocator } from '../sharedFields/locators';
import { billingEntitiesFilter, toQuery } from '../../fields';
import { SUBSCRIPTION_SUMMARY } from '../sharedFields/summaries';
import { group, multiOptions, text } from '../../../shared/fields';

export const getSubscriptions = defineOperation({
	name: 'Get Subscriptions',
	value: 'getSubscriptions',
	action: 'Get the subscriptions of a customer',
	operationId: 'findAllCustomerSubscriptions',
	method: 'GET',
	path: '/customers/{customer}/subscriptions',
	walk: lagoPages('subscriptions'),
	fields: [
		customerLocator,
		simplifySwitch('subscription'),
		group('filters', [
			billingEntitiesFilter('Comma-separated'),
			text('planCode', 'Plan Code', undefined, toQuery('plan_code')),
			multiOptions('status', 'Status', 'Active subscriptions when none is chosen', [
				['Active', 'active'],
				['Canceled', 'canceled'],
				['Pending', 'pending'],
				['Terminated', 'terminated'],
			], 'query'),
		]),
	],
	postReceive: [simplified(SUBSCRIPTION_SUMMARY, 'subscriptions')],
});
