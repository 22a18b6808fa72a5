import { defineOperation } from '../../../shared/operation';
import { calendarDate, currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { reasons } from './fields';
import { boolean, dateTime, group, number, options, text } from '../../../shared/fields';
import { commaSeparated, toQuery } from '../../fields';

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
			number('amountFrom', 'Amount From (Cents)', 'Only credit notes of at least this total, in cents', toQuery('amount_from'), { typeOptions: { minValue: 0 } }),
			number('amountTo', 'Amount To (Cents)', 'Only credit notes of at most this total, in cents', toQuery('amount_to'), { typeOptions: { minValue: 0 } }),
			text('billingEntityCodes', 'Billing Entity Codes', 'Separated by commas', toQuery('billing_entity_codes', commaSeparated)),
			options('creditStatus', 'Credit Status', undefined, [
				['Available', 'available'],
				['Consumed', 'consumed'],
				['Voided', 'voided'],
			], 'available', toQuery('credit_status')),
			text('currency', 'Currency', 'Three-letter ISO 4217 code', 'query', { placeholder: 'EUR' }),
			text('externalCustomerId', 'Customer External ID', undefined, toQuery('external_customer_id')),
			text('invoiceNumber', 'Invoice Number', 'Only the credit notes of this invoice', toQuery('invoice_number'), { placeholder: 'LAG-1234-001-002' }),
			dateTime('issuingDateFrom', 'Issued From', 'Only credit notes issued on or after this day (YYYY-MM-DD)', toQuery('issuing_date_from')),
			dateTime('issuingDateTo', 'Issued To', 'Only credit notes issued on or before this day (YYYY-MM-DD)', toQuery('issuing_date_to')),
			{ displayName: 'Reason', name: 'reason', type: 'options', default: 'other', options: reasons, routing: { send: { type: 'query', property: 'reason' } } },
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
