import { defineOperation } from '../../../shared/operation';
import { currency } from '../../../shared/validation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payment requests',
	operationId: 'findAllPaymentRequests',
	method: 'GET',
	path: '/payment_requests',
	walk: lagoPages('payment_requests'),
	checks: [currency('Currency', 'currency', 'qs')],
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Billing Entity Codes', name: 'billingEntityCodes', type: 'string', default: '', description: 'Separated by commas', routing: { send: { type: 'query', property: 'billing_entity_codes', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}' } } },
				{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'USD', description: 'Three-letter ISO 4217 code', routing: { send: { type: 'query', property: 'currency' } } },
				{ displayName: 'Customer External ID', name: 'externalCustomerId', type: 'string', default: '', routing: { send: { type: 'query', property: 'external_customer_id' } } },
				{
					displayName: 'Payment Status',
					name: 'paymentStatus',
					type: 'options',
					default: 'pending',
					options: [
						{ name: 'Failed', value: 'failed' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Succeeded', value: 'succeeded' },
					],
					routing: { send: { type: 'query', property: 'payment_status' } },
				},
			],
		},
	],
});
