import { defineOperation } from '../../../shared/operation';
import { monthlyOptions, rows } from './fields';

export const getInvoiceCollection = defineOperation({
	name: 'Get Invoice Collection',
	value: 'getInvoiceCollection',
	action: 'Get invoice collection analytics per month',
	description: 'Invoices and amounts per payment status and month, one item per month and status',
	operationId: 'findAllInvoiceCollections',
	method: 'GET',
	path: '/analytics/invoice_collection',
	fields: [monthlyOptions(false)],
	postReceive: rows('invoice_collections'),
});
