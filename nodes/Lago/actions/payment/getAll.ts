import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payments',
	operationId: 'findAllPayments',
	method: 'GET',
	path: '/payments',
	walk: lagoPages('payments'),
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Customer External ID', name: 'externalCustomerId', type: 'string', default: '', routing: { send: { type: 'query', property: 'external_customer_id' } } },
				{ displayName: 'Invoice ID', name: 'invoiceId', type: 'string', default: '', description: 'Only the payments of this invoice (its Lago ID)', routing: { send: { type: 'query', property: 'invoice_id' } } },
			],
		},
	],
});
