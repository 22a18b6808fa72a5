import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payment receipts',
	operationId: 'findAllPaymentReceipts',
	method: 'GET',
	path: '/payment_receipts',
	walk: lagoPages('payment_receipts'),
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Invoice ID', name: 'invoiceId', type: 'string', default: '', description: 'Only the receipts of this invoice (its Lago ID)', routing: { send: { type: 'query', property: 'invoice_id' } } },
			],
		},
	],
});
