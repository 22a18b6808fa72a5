import { defineOperation } from '../../../shared/operation';
import { simplified, simplifySwitch } from '../../../shared/output';
import { lagoPages } from '../../client';
import { customerLocator } from '../sharedFields/locators';
import { commaSeparated } from '../../fields';
import { SUBSCRIPTION_SUMMARY } from '../sharedFields/summaries';

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
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Billing Entity Codes',
					name: 'billingEntityCodes',
					type: 'string',
					default: '',
					description: 'Comma-separated',
					routing: { send: { type: 'query', property: 'billing_entity_codes', value: commaSeparated } },
				},
				{
					displayName: 'Plan Code',
					name: 'planCode',
					type: 'string',
					default: '',
					routing: { send: { type: 'query', property: 'plan_code' } },
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'multiOptions',
					default: [],
					description: 'Active subscriptions when none is chosen',
					options: [
						{ name: 'Active', value: 'active' },
						{ name: 'Canceled', value: 'canceled' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Terminated', value: 'terminated' },
					],
					routing: { send: { type: 'query', property: 'status' } },
				},
			],
		},
	],
	postReceive: [simplified(SUBSCRIPTION_SUMMARY, 'subscriptions')],
});
