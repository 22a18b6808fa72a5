import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { invoiceLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an invoice',
	operationId: 'findInvoice',
	method: 'GET',
	path: '/invoices/{invoice}',
	postReceive: unwrap('invoice'),
	fields: [invoiceLocator],
});
