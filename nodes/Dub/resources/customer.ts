import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { pathFromLocator } from '../../shared/locators';
import { countryCode, email, required, validate } from '../../shared/validation';
import { dubCursorPages } from '../transport';

const showFor = (operation: string[]) => ({ show: { resource: ['customer'], operation } });

export const customerOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{
				name: 'Create (Deprecated by Dub)',
				value: 'create',
				action: 'Create a customer',
				description:
					'Create a customer directly. Dub deprecated this: customers are normally created by tracking a lead.',
				routing: {
					request: { method: 'POST', url: '/customers' },
					send: { preSend: [validate(required('External ID', 'externalId'), required('Country', 'country'), countryCode('Country', 'country'), email('Email', 'email'))] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a customer',
				routing: { request: { method: 'DELETE' } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				routing: { request: { method: 'GET' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				routing: {
					request: { method: 'GET', url: '/customers' },
					operations: { pagination: dubCursorPages },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a customer',
				routing: {
					request: { method: 'PATCH' },
					send: { preSend: [validate(email('Email', 'email'), countryCode('Country', 'country'))] },
				},
			},
		],
		default: 'getAll',
	},
];

const customerLocator: INodeProperties = {
	displayName: 'Customer',
	name: 'customerId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	displayOptions: showFor(['delete', 'get', 'update']),
	description: 'The customer to act on',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'cus_1KAP4CDPBSVMMBMH9XX3YZZ0Z',
			validation: [{ type: 'regex', properties: { regex: '^cus_\\w+$', errorMessage: 'A Dub customer ID starts with cus_' } }],
		},
		{
			displayName: 'By External ID',
			name: 'externalId',
			type: 'string',
			placeholder: 'user_123',
			hint: 'The ID of the customer in your own system, as sent when the lead was tracked',
		},
	],
	routing: {
		send: {
			preSend: [pathFromLocator('customerId', 'Customer', (id) => `/customers/${id}`, { externalId: 'ext_' })],
		},
	},
};

const customerFields = (operation: 'create' | 'update'): INodeProperties[] => [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Shown in Dub; when empty Dub uses the email address',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Avatar URL',
		name: 'avatar',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'avatar' } },
	},
	{
		displayName: 'Stripe Customer ID',
		name: 'stripeCustomerId',
		type: 'string',
		placeholder: 'cus_NffrFeUfNV2Hib',
		default: '',
		description: 'Lets Dub attribute recurring Stripe sales to the partner who referred this customer',
		routing: { send: { type: 'body', property: 'stripeCustomerId' } },
	},
	...(operation === 'update'
		? ([
				{
					displayName: 'External ID',
					name: 'externalId',
					type: 'string',
					default: '',
					description: 'The ID of the customer in your own system',
					routing: { send: { type: 'body', property: 'externalId' } },
				},
				{
					displayName: 'Country',
					name: 'country',
					type: 'string',
					placeholder: 'US',
					default: '',
					description: 'Two-letter ISO 3166-1 alpha-2 code. Changes only the customer record, not past conversions.',
					routing: { send: { type: 'body', property: 'country' } },
				},
			] as INodeProperties[])
		: []),
];

export const customerFieldsDescription: INodeProperties[] = [
	customerLocator,

	// Create
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'user_123',
		description: 'The ID of the customer in your own system; Dub refuses a second customer with the same one',
		displayOptions: showFor(['create']),
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'US',
		description: 'Two-letter ISO 3166-1 alpha-2 country code',
		displayOptions: showFor(['create']),
		routing: { send: { type: 'body', property: 'country' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create']),
		options: customerFields('create'),
	},

	// Update
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['update']),
		options: customerFields('update'),
	},

	// Get, Get Many, Update: Dub can embed the customer's link, partner and discount
	{
		displayName: 'Include Link, Partner and Discount',
		name: 'includeExpandedFields',
		type: 'boolean',
		default: false,
		description: 'Whether to embed the referral link, the partner and the discount in each customer',
		displayOptions: showFor(['get', 'update']),
		routing: { send: { type: 'query', property: 'includeExpandedFields', value: '={{ $value || undefined }}' } },
	},

	// Get Many
	...returnAllAndLimit('customer'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'US',
				description: 'Two-letter ISO 3166-1 alpha-2 country code',
				routing: { send: { type: 'query', property: 'country', value: '={{ $value.trim().toUpperCase() }}' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Exact, case-sensitive match. Takes precedence over External ID and Search.',
				routing: { send: { type: 'query', property: 'email' } },
			},
			{
				displayName: 'External ID',
				name: 'externalId',
				type: 'string',
				default: '',
				description: 'Exact, case-sensitive match. Takes precedence over Search.',
				routing: { send: { type: 'query', property: 'externalId' } },
			},
			{
				displayName: 'Include Link, Partner and Discount',
				name: 'includeExpandedFields',
				type: 'boolean',
				default: true,
				description: 'Whether to embed the referral link, the partner and the discount in each customer',
				routing: { send: { type: 'query', property: 'includeExpandedFields' } },
			},
			{
				displayName: 'Link ID',
				name: 'linkId',
				type: 'string',
				default: '',
				description: 'Only customers referred through this link',
				routing: { send: { type: 'query', property: 'linkId' } },
			},
			{
				displayName: 'Partner ID',
				name: 'partnerId',
				type: 'string',
				default: '',
				description: 'Only customers referred by this partner',
				routing: { send: { type: 'query', property: 'partnerId' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Matches email, external ID or name',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				default: 'createdAt',
				options: [
					{ name: 'Created At', value: 'createdAt' },
					{ name: 'First Sale At', value: 'firstSaleAt' },
					{ name: 'Sale Amount', value: 'saleAmount' },
					{ name: 'Subscription Canceled At', value: 'subscriptionCanceledAt' },
				],
				routing: { send: { type: 'query', property: 'sortBy' } },
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				default: 'desc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				routing: { send: { type: 'query', property: 'sortOrder' } },
			},
		],
	},
];
