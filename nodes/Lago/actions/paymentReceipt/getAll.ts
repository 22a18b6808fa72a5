import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { group, text } from '../../../shared/fields';
import { toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payment receipts',
	operationId: 'findAllPaymentReceipts',
	method: 'GET',
	path: '/payment_receipts',
	walk: lagoPages('payment_receipts'),
	fields: [
		group('filters', [
			text('invoiceId', 'Invoice ID', 'Only the receipts of this invoice (its Lago ID)', toQuery('invoice_id')),
		]),
	],
});
