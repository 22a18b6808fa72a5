import { defineOperation } from '../../../shared/operation';
import { simplifySwitch } from '../../../shared/output';
import { INVOICE_FIELDS, recordOutput } from '../../billingFields';
import { invoiceLocator } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an invoice',
	operationId: 'findInvoice',
	method: 'GET',
	path: '/invoices/{invoice}',
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
	fields: [invoiceLocator, simplifySwitch('invoice')],
});
