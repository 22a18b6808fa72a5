import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { group, text } from '../../../shared/fields';
import { customerFilter, toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payments',
	operationId: 'findAllPayments',
	method: 'GET',
	path: '/payments',
	walk: lagoPages('payments'),
	fields: [
		group('filters', [
			customerFilter(),
			text('invoiceId', 'Invoice ID', 'Only the payments of this invoice (its Lago ID)', toQuery('invoice_id')),
		]),
	],
});
