import { defineOperation } from '../../../shared/operation';
import { calendarDate, currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { reason } from './fields';
import { boolean, group, options, text } from '../../../shared/fields';
import { amountRange, billingEntitiesFilter, currencyFilter, customerFilter, issuedRange, toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many credit notes',
	operationId: 'findAllCreditNotes',
	method: 'GET',
	path: '/credit_notes',
	walk: lagoPages('credit_notes'),
	checks: [calendarDate('Issued From', 'issuing_date_from'), calendarDate('Issued To', 'issuing_date_to'), currency('Currency', 'currency', 'qs')],
	fields: [
		group('filters', [
			...amountRange('credit notes'),
			billingEntitiesFilter(),
			options('creditStatus', 'Credit Status', undefined, [
				['Available', 'available'],
				['Consumed', 'consumed'],
				['Voided', 'voided'],
			], 'available', toQuery('credit_status')),
			currencyFilter('EUR'),
			customerFilter(),
			text('invoiceNumber', 'Invoice Number', 'Only the credit notes of this invoice', toQuery('invoice_number'), { placeholder: 'LAG-1234-001-002' }),
			...issuedRange('credit notes', 'YYYY-MM-DD'),
			reason('query'),
			options('refundStatus', 'Refund Status', undefined, [
				['Failed', 'failed'],
				['Pending', 'pending'],
				['Succeeded', 'succeeded'],
			], 'pending', toQuery('refund_status')),
			text('searchTerm', 'Search Term', "Matches the credit note's ID or number, or the customer's name, external ID or email", toQuery('search_term')),
			boolean('selfBilled', 'Self Billed', 'Whether to return only credit notes of self-billed invoices (on) or only the others (off)', toQuery('self_billed'), { default: true }),
		]),
	],
});
