import type { INodeProperties } from 'n8n-workflow';

import { validate } from '../../shared/validation';
import { calendarDate, currency } from '../checks';
import { lagoPages, pathFrom, unwrap } from '../transport';
import { returnAllAndLimit, showFor } from './common';

const forInvoice = (operation: string[]) => showFor('invoice', operation);

export const invoiceOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an invoice',
				routing: {
					request: { method: 'GET' },
					send: { preSend: [pathFrom('/invoices/{invoice}', { invoice: 'Invoice' })] },
					output: unwrap('invoice'),
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invoices',
				routing: {
					request: { method: 'GET', url: '/invoices' },
					send: {
						preSend: [
							validate(
								calendarDate('Issued From', 'issuing_date_from'),
								calendarDate('Issued To', 'issuing_date_to'),
								currency('Currency', 'currency', 'qs'),
							),
						],
					},
					operations: { pagination: lagoPages('invoices') },
				},
			},
		],
		default: 'getAll',
	},
];

export const invoiceFieldsDescription: INodeProperties[] = [
	{
		displayName: 'Invoice',
		name: 'invoice',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: forInvoice(['get']),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchInvoices', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90',
				hint: 'The Lago ID of the invoice (lago_id), not its number',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[0-9a-fA-F-]{36}$', errorMessage: 'A Lago ID is a UUID like 1a901a90-1a90-1a90-1a90-1a901a901a90' },
					},
				],
			},
		],
	},
	...returnAllAndLimit('invoice', ['getAll']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: forInvoice(['getAll']),
		options: [
			{
				displayName: 'Amount From (Cents)',
				name: 'amount_from',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Only invoices of at least this total, in cents: 90.00 is 9000',
				routing: { send: { type: 'query', property: 'amount_from' } },
			},
			{
				displayName: 'Amount To (Cents)',
				name: 'amount_to',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Only invoices of at most this total, in cents',
				routing: { send: { type: 'query', property: 'amount_to' } },
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				placeholder: 'EUR',
				description: 'Three-letter ISO 4217 code',
				routing: { send: { type: 'query', property: 'currency' } },
			},
			{
				displayName: 'Customer External ID',
				name: 'external_customer_id',
				type: 'string',
				default: '',
				routing: { send: { type: 'query', property: 'external_customer_id' } },
			},
			{
				displayName: 'Invoice Type',
				name: 'invoice_type',
				type: 'options',
				default: 'subscription',
				options: [
					{ name: 'Add-On', value: 'add_on' },
					{ name: 'Advance Charges', value: 'advance_charges' },
					{ name: 'Credit', value: 'credit' },
					{ name: 'One-Off', value: 'one_off' },
					{ name: 'Progressive Billing', value: 'progressive_billing' },
					{ name: 'Subscription', value: 'subscription' },
				],
				routing: { send: { type: 'query', property: 'invoice_type' } },
			},
			{
				displayName: 'Issued From',
				name: 'issuing_date_from',
				type: 'dateTime',
				default: '',
				description: 'Only invoices issued on or after this day',
				routing: { send: { type: 'query', property: 'issuing_date_from' } },
			},
			{
				displayName: 'Issued To',
				name: 'issuing_date_to',
				type: 'dateTime',
				default: '',
				description: 'Only invoices issued on or before this day',
				routing: { send: { type: 'query', property: 'issuing_date_to' } },
			},
			{
				displayName: 'Payment Overdue',
				name: 'payment_overdue',
				type: 'boolean',
				default: true,
				description: 'Whether to return only overdue invoices (on) or only invoices not overdue (off)',
				routing: { send: { type: 'query', property: 'payment_overdue' } },
			},
			{
				displayName: 'Payment Statuses',
				name: 'payment_statuses',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Failed', value: 'failed' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Succeeded', value: 'succeeded' },
				],
				routing: { send: { type: 'query', property: 'payment_statuses' } },
			},
			{
				displayName: 'Search Term',
				name: 'search_term',
				type: 'string',
				default: '',
				description: "Matches the invoice's ID or number, or the customer's name, external ID or email",
				routing: { send: { type: 'query', property: 'search_term' } },
			},
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Draft', value: 'draft' },
					{ name: 'Failed', value: 'failed' },
					{ name: 'Finalized', value: 'finalized' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Voided', value: 'voided' },
				],
				routing: { send: { type: 'query', property: 'statuses' } },
			},
		],
	},
];
