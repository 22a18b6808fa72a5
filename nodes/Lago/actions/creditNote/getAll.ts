import { defineOperation } from '../../../shared/operation';
import { calendarDate, currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { reasons } from './fields';

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
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Amount From (Cents)', name: 'amountFrom', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Only credit notes of at least this total, in cents', routing: { send: { type: 'query', property: 'amount_from' } } },
				{ displayName: 'Amount To (Cents)', name: 'amountTo', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Only credit notes of at most this total, in cents', routing: { send: { type: 'query', property: 'amount_to' } } },
				{ displayName: 'Billing Entity Codes', name: 'billingEntityCodes', type: 'string', default: '', description: 'Separated by commas', routing: { send: { type: 'query', property: 'billing_entity_codes', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}' } } },
				{
					displayName: 'Credit Status',
					name: 'creditStatus',
					type: 'options',
					default: 'available',
					options: [
						{ name: 'Available', value: 'available' },
						{ name: 'Consumed', value: 'consumed' },
						{ name: 'Voided', value: 'voided' },
					],
					routing: { send: { type: 'query', property: 'credit_status' } },
				},
				{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'EUR', description: 'Three-letter ISO 4217 code', routing: { send: { type: 'query', property: 'currency' } } },
				{ displayName: 'Customer External ID', name: 'externalCustomerId', type: 'string', default: '', routing: { send: { type: 'query', property: 'external_customer_id' } } },
				{ displayName: 'Invoice Number', name: 'invoiceNumber', type: 'string', default: '', placeholder: 'LAG-1234-001-002', description: 'Only the credit notes of this invoice', routing: { send: { type: 'query', property: 'invoice_number' } } },
				{ displayName: 'Issued From', name: 'issuingDateFrom', type: 'dateTime', default: '', description: 'Only credit notes issued on or after this day (YYYY-MM-DD)', routing: { send: { type: 'query', property: 'issuing_date_from' } } },
				{ displayName: 'Issued To', name: 'issuingDateTo', type: 'dateTime', default: '', description: 'Only credit notes issued on or before this day (YYYY-MM-DD)', routing: { send: { type: 'query', property: 'issuing_date_to' } } },
				{ displayName: 'Reason', name: 'reason', type: 'options', default: 'other', options: reasons, routing: { send: { type: 'query', property: 'reason' } } },
				{
					displayName: 'Refund Status',
					name: 'refundStatus',
					type: 'options',
					default: 'pending',
					options: [
						{ name: 'Failed', value: 'failed' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Succeeded', value: 'succeeded' },
					],
					routing: { send: { type: 'query', property: 'refund_status' } },
				},
				{ displayName: 'Search Term', name: 'searchTerm', type: 'string', default: '', description: "Matches the credit note's ID or number, or the customer's name, external ID or email", routing: { send: { type: 'query', property: 'search_term' } } },
				{ displayName: 'Self Billed', name: 'selfBilled', type: 'boolean', default: true, description: 'Whether to return only credit notes of self-billed invoices (on) or only the others (off)', routing: { send: { type: 'query', property: 'self_billed' } } },
			],
		},
	],
});
