import { defineOperation } from '../../../shared/operation';
import { simplifySwitch } from '../../../shared/output';
import { INVOICE_FIELDS, listOutput } from '../../billingFields';
import { calendarDate, currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { amountRange, customerFilter, issuedRange, toQuery } from '../../fields';
import { boolean, group, multiOptions, options, text } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many invoices',
	operationId: 'findAllInvoices',
	method: 'GET',
	path: '/invoices',
	walk: lagoPages('invoices'),
	checks: [
		calendarDate('Issued From', 'issuing_date_from'),
		calendarDate('Issued To', 'issuing_date_to'),
		currency('Currency', 'currency', 'qs'),
	],
	postReceive: listOutput('invoices', INVOICE_FIELDS),
	fields: [
		simplifySwitch('invoice'),
		group('filters', [
			...amountRange('invoices', ': 90.00 is 9000'),
			text('currency', 'Currency', 'Three-letter ISO 4217 code', toQuery('currency'), { placeholder: 'EUR' }),
			customerFilter(),
			options('invoiceType', 'Invoice Type', undefined, [
				['Add-On', 'add_on'],
				['Advance Charges', 'advance_charges'],
				['Credit', 'credit'],
				['One-Off', 'one_off'],
				['Progressive Billing', 'progressive_billing'],
				['Subscription', 'subscription'],
			], 'subscription', toQuery('invoice_type')),
			...issuedRange('invoices', 'YYYY-MM-DD; a time of day is ignored'),
			boolean('paymentOverdue', 'Payment Overdue', 'Whether to return only overdue invoices (on) or only invoices not overdue (off)', toQuery('payment_overdue'), { default: true }),
			multiOptions('paymentStatuses', 'Payment Statuses', undefined, [['Failed', 'failed'], ['Pending', 'pending'], ['Succeeded', 'succeeded']], toQuery('payment_statuses')),
			text('searchTerm', 'Search Term', "Matches the invoice's ID or number, or the customer's name, external ID or email", toQuery('search_term')),
			multiOptions('statuses', 'Statuses', undefined, [
				['Draft', 'draft'],
				['Failed', 'failed'],
				['Finalized', 'finalized'],
				['Pending', 'pending'],
				['Voided', 'voided'],
			], toQuery('statuses')),
		]),
	],
});
