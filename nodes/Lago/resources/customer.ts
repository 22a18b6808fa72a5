import type { INodeProperties } from 'n8n-workflow';

import { countryCode, email, required, validate, wholeNumber } from '../../shared/validation';
import { codeList, currency, inside } from '../checks';
import { lagoPages, pathFrom, unwrap } from '../transport';
import { commaSeparated, customerLocator, returnAllAndLimit, showFor, subscriptionLocator } from './common';

const forCustomer = (operation: string[]) => showFor('customer', operation);
const customerPath = (suffix = '') => pathFrom(`/customers/{customer}${suffix}`, { customer: 'Customer' });

export const customerOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a customer',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: {
					request: { method: 'POST', url: '/customers' },
					send: {
						preSend: [
							validate(
								inside(
									'customer',
									required('External ID', 'external_id'),
									email('Email', 'email'),
									countryCode('Country', 'country'),
									currency('Currency', 'currency'),
									wholeNumber('Net Payment Term', 'net_payment_term', { min: 0, hint: 'A number of days' }),
									inside('shipping_address', countryCode('Shipping Country', 'country')),
									inside('billing_configuration', wholeNumber('Invoice Grace Period', 'invoice_grace_period', { min: 0, hint: 'A number of days' })),
								),
							),
						],
					},
					output: unwrap('customer'),
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a customer',
				routing: {
					request: { method: 'DELETE' },
					send: { preSend: [customerPath()] },
					output: unwrap('customer'),
				},
			},
			{
				name: 'Generate Checkout URL',
				value: 'generateCheckoutUrl',
				action: 'Generate a checkout URL for a customer',
				description: "Generate a new link to the payment provider's checkout, where the customer registers a payment method",
				routing: {
					request: { method: 'POST' },
					send: { preSend: [customerPath('/checkout_url')] },
					output: unwrap('customer'),
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				routing: {
					request: { method: 'GET' },
					send: { preSend: [customerPath()] },
					output: unwrap('customer'),
				},
			},
			{
				name: 'Get Current Usage',
				value: 'getCurrentUsage',
				action: 'Get the current usage of a customer',
				description: "Usage and amounts of one of the customer's subscriptions in the current billing period",
				routing: {
					request: { method: 'GET' },
					send: { preSend: [customerPath('/current_usage'), validate(required('Subscription', 'external_subscription_id', 'qs'))] },
					output: unwrap('customer_usage'),
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				routing: {
					request: { method: 'GET', url: '/customers' },
					send: {
						preSend: [
							validate(
								codeList('Countries', 'countries', /^[A-Z]{2}$/, 'US, FR'),
								codeList('Currencies', 'currencies', /^[A-Z]{3}$/, 'USD, EUR'),
							),
						],
					},
					operations: { pagination: lagoPages('customers') },
				},
			},
			{
				name: 'Get Past Usage',
				value: 'getPastUsage',
				action: 'Get the past usage of a customer',
				description: "Usage of one of the customer's subscriptions in past billing periods, most recent first",
				routing: {
					request: { method: 'GET' },
					send: { preSend: [customerPath('/past_usage'), validate(required('Subscription', 'external_subscription_id', 'qs'))] },
					operations: { pagination: lagoPages('usage_periods') },
				},
			},
			{
				name: 'Get Portal URL',
				value: 'getPortalUrl',
				action: 'Get the portal URL of a customer',
				description: 'Get an embeddable link to the customer portal, where the customer sees invoices and usage',
				routing: {
					request: { method: 'GET' },
					send: { preSend: [customerPath('/portal_url')] },
					output: unwrap('customer'),
				},
			},
		],
		default: 'getAll',
	},
];

const body = (property: string) => ({ send: { type: 'body' as const, property: `customer.${property}` } });

const contactAndAddress: INodeProperties[] = [
	{
		displayName: 'Account Type',
		name: 'account_type',
		type: 'options',
		default: 'customer',
		options: [
			{ name: 'Customer', value: 'customer' },
			{ name: 'Partner', value: 'partner', description: 'A partner account, billed for the customers it brings' },
		],
		routing: body('account_type'),
	},
	{ displayName: 'Address Line 1', name: 'address_line1', type: 'string', default: '', routing: body('address_line1') },
	{ displayName: 'Address Line 2', name: 'address_line2', type: 'string', default: '', routing: body('address_line2') },
	{ displayName: 'City', name: 'city', type: 'string', default: '', routing: body('city') },
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		placeholder: 'US',
		description: 'Two-letter ISO 3166-1 alpha-2 code of the billing address',
		routing: body('country'),
	},
	{
		displayName: 'Customer Type',
		name: 'customer_type',
		type: 'options',
		default: 'company',
		options: [
			{ name: 'Company', value: 'company' },
			{ name: 'Individual', value: 'individual' },
		],
		routing: body('customer_type'),
	},
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', routing: body('email') },
	{ displayName: 'First Name', name: 'firstname', type: 'string', default: '', routing: body('firstname') },
	{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '', routing: body('lastname') },
	{ displayName: 'Legal Name', name: 'legal_name', type: 'string', default: '', description: 'The legal company name', routing: body('legal_name') },
	{ displayName: 'Legal Number', name: 'legal_number', type: 'string', default: '', description: 'The company registration number', routing: body('legal_number') },
	{ displayName: 'Logo URL', name: 'logo_url', type: 'string', default: '', routing: body('logo_url') },
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Full name of the customer, at most 255 characters',
		routing: body('name'),
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', routing: body('phone') },
	{ displayName: 'State', name: 'state', type: 'string', default: '', routing: body('state') },
	{
		displayName: 'Tax Identification Number',
		name: 'tax_identification_number',
		type: 'string',
		default: '',
		placeholder: 'EU123456789',
		routing: body('tax_identification_number'),
	},
	{ displayName: 'Website URL', name: 'url', type: 'string', default: '', routing: body('url') },
	{ displayName: 'Zip Code', name: 'zipcode', type: 'string', default: '', routing: body('zipcode') },
];

const billing: INodeProperties[] = [
	{
		displayName: 'Billing Entity Code',
		name: 'billing_entity_code',
		type: 'string',
		default: '',
		description: 'The billing entity that issues the invoices; empty for the default one',
		routing: body('billing_entity_code'),
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'USD',
		description: 'Three-letter ISO 4217 code. Lago refuses to change it once the customer has a subscription.',
		routing: body('currency'),
	},
	{
		displayName: 'Finalize Zero Amount Invoice',
		name: 'finalize_zero_amount_invoice',
		type: 'options',
		default: 'inherit',
		options: [
			{ name: 'Finalize', value: 'finalize', description: 'Issue invoices even when their total is zero' },
			{ name: 'Inherit', value: 'inherit', description: 'Follow the organization setting' },
			{ name: 'Skip', value: 'skip', description: 'Do not finalize invoices whose total is zero' },
		],
		routing: body('finalize_zero_amount_invoice'),
	},
	{
		displayName: 'Invoice Custom Section Codes',
		name: 'invoice_custom_section_codes',
		type: 'string',
		default: '',
		placeholder: 'eu_bank_details',
		description: 'Codes of the invoice custom sections to show on this customer\'s invoices, separated by commas',
		routing: { send: { type: 'body', property: 'customer.invoice_custom_section_codes', value: commaSeparated } },
	},
	{
		displayName: 'Net Payment Term',
		name: 'net_payment_term',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 30,
		description: 'Days the customer has to pay an invoice once it is finalized',
		routing: body('net_payment_term'),
	},
	{
		displayName: 'Skip Invoice Custom Sections',
		name: 'skip_invoice_custom_sections',
		type: 'boolean',
		default: false,
		description: 'Whether to leave every invoice custom section off this customer\'s invoices',
		routing: body('skip_invoice_custom_sections'),
	},
	{
		displayName: 'Tax Codes',
		name: 'tax_codes',
		type: 'string',
		default: '',
		placeholder: 'french_standard_vat',
		description: 'Codes of the Lago taxes that apply to this customer, separated by commas',
		routing: { send: { type: 'body', property: 'customer.tax_codes', value: commaSeparated } },
	},
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'America/Los_Angeles',
		description: "IANA time zone name. Lago bills in the customer's local time; empty uses the organization's time zone.",
		routing: body('timezone'),
	},
];

const configuration = (property: string) => body(`billing_configuration.${property}`);

const billingConfiguration: INodeProperties[] = [
	{
		displayName: 'Document Locale',
		name: 'document_locale',
		type: 'string',
		default: '',
		placeholder: 'fr',
		description: 'Two-letter ISO 639-1 language of the invoices and other documents',
		routing: configuration('document_locale'),
	},
	{
		displayName: 'Invoice Grace Period',
		name: 'invoice_grace_period',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Days during which a draft invoice can still be changed before it is finalized',
		routing: configuration('invoice_grace_period'),
	},
	{
		displayName: 'Payment Provider',
		name: 'payment_provider',
		type: 'options',
		default: 'stripe',
		options: [
			{ name: 'Adyen', value: 'adyen' },
			{ name: 'GoCardless', value: 'gocardless' },
			{ name: 'Stripe', value: 'stripe' },
		],
		description: 'Required to set a Provider Customer ID',
		routing: configuration('payment_provider'),
	},
	{
		displayName: 'Payment Provider Code',
		name: 'payment_provider_code',
		type: 'string',
		default: '',
		placeholder: 'stripe-eu-1',
		description: 'Code of the payment provider connection in Lago',
		routing: configuration('payment_provider_code'),
	},
	{
		displayName: 'Provider Customer ID',
		name: 'provider_customer_id',
		type: 'string',
		default: '',
		placeholder: 'cus_12345',
		description: "The customer's ID at the payment provider. Leave empty to let Lago create one (with Sync With Provider).",
		routing: configuration('provider_customer_id'),
	},
	{
		displayName: 'Provider Payment Methods',
		name: 'provider_payment_methods',
		type: 'multiOptions',
		default: [],
		description: 'Stripe only. Link needs Card; Customer Balance excludes the others.',
		options: [
			{ name: 'BACS Debit', value: 'bacs_debit' },
			{ name: 'Boleto', value: 'boleto' },
			{ name: 'Card', value: 'card' },
			{ name: 'Crypto', value: 'crypto' },
			{ name: 'Customer Balance', value: 'customer_balance' },
			{ name: 'Link', value: 'link' },
			{ name: 'SEPA Debit', value: 'sepa_debit' },
			{ name: 'US Bank Account', value: 'us_bank_account' },
		],
		routing: configuration('provider_payment_methods'),
	},
	{
		displayName: 'Subscription Invoice Issuing Date Adjustment',
		name: 'subscription_invoice_issuing_date_adjustment',
		type: 'options',
		default: 'keep_anchor',
		options: [
			{ name: 'Align With Finalization Date', value: 'align_with_finalization_date' },
			{ name: 'Keep Anchor', value: 'keep_anchor' },
		],
		routing: configuration('subscription_invoice_issuing_date_adjustment'),
	},
	{
		displayName: 'Subscription Invoice Issuing Date Anchor',
		name: 'subscription_invoice_issuing_date_anchor',
		type: 'options',
		default: 'next_period_start',
		options: [
			{ name: 'Current Period End', value: 'current_period_end' },
			{ name: 'Next Period Start', value: 'next_period_start' },
		],
		routing: configuration('subscription_invoice_issuing_date_anchor'),
	},
	{
		displayName: 'Sync',
		name: 'sync',
		type: 'boolean',
		default: false,
		description: 'Whether to create the customer at the payment provider right away, as part of this request',
		routing: configuration('sync'),
	},
	{
		displayName: 'Sync With Provider',
		name: 'sync_with_provider',
		type: 'boolean',
		default: false,
		description: 'Whether Lago creates the customer at the payment provider when no Provider Customer ID is given',
		routing: configuration('sync_with_provider'),
	},
];

const integration = (property: string) => `=customer.integration_customers[{{$index}}].${property}`;

const shipping = (property: string) => body(`shipping_address.${property}`);

const shippingAddress: INodeProperties[] = [
	{ displayName: 'Address Line 1', name: 'address_line1', type: 'string', default: '', routing: shipping('address_line1') },
	{ displayName: 'Address Line 2', name: 'address_line2', type: 'string', default: '', routing: shipping('address_line2') },
	{ displayName: 'City', name: 'city', type: 'string', default: '', routing: shipping('city') },
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		placeholder: 'US',
		description: 'Two-letter ISO 3166-1 alpha-2 code',
		routing: shipping('country'),
	},
	{ displayName: 'State', name: 'state', type: 'string', default: '', routing: shipping('state') },
	{ displayName: 'Zip Code', name: 'zipcode', type: 'string', default: '', routing: shipping('zipcode') },
];

export const customerFieldsDescription: INodeProperties[] = [
	customerLocator(
		forCustomer(['delete', 'generateCheckoutUrl', 'get', 'getCurrentUsage', 'getPastUsage', 'getPortalUrl']),
	),

	// Create or Update
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5eb02857-a71e-4ea2-bcf9-57d3a41bc6ba',
		description:
			'The ID of the customer in your application. Lago creates the customer, or updates the one that already has this ID.',
		displayOptions: forCustomer(['upsert']),
		routing: { send: { type: 'body', property: 'customer.external_id' } },
	},
	{
		displayName: 'Contact and Address',
		name: 'contact',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forCustomer(['upsert']),
		options: contactAndAddress,
	},
	{
		displayName: 'Billing',
		name: 'billing',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Currency, time zone, payment term, taxes and invoice settings',
		displayOptions: forCustomer(['upsert']),
		options: billing,
	},
	{
		displayName: 'Billing Configuration',
		name: 'billingConfiguration',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Payment provider, invoice grace period and document language',
		displayOptions: forCustomer(['upsert']),
		options: billingConfiguration,
	},
	{
		displayName: 'Shipping Address',
		name: 'shippingAddress',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forCustomer(['upsert']),
		options: shippingAddress,
	},
	{
		displayName: 'Metadata',
		name: 'metadata',
		type: 'fixedCollection',
		placeholder: 'Add Metadata',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Key-value pairs kept on the customer, optionally printed on invoices',
		displayOptions: forCustomer(['upsert']),
		options: [
			{
				displayName: 'Metadata',
				name: 'values',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'Purchase Order',
						routing: { send: { type: 'body', property: '=customer.metadata[{{$index}}].key' } },
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						routing: { send: { type: 'body', property: '=customer.metadata[{{$index}}].value', value: '={{ String($value) }}' } },
					},
					{
						displayName: 'Display in Invoice',
						name: 'displayInInvoice',
						type: 'boolean',
						default: false,
						description: 'Whether to print this pair on the invoices',
						routing: { send: { type: 'body', property: '=customer.metadata[{{$index}}].display_in_invoice' } },
					},
				],
			},
		],
	},
	{
		displayName: 'Integration Customers',
		name: 'integrationCustomers',
		type: 'fixedCollection',
		placeholder: 'Add Integration',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Links to the customer in accounting and tax integrations',
		displayOptions: forCustomer(['upsert']),
		options: [
			{
				displayName: 'Integration',
				name: 'values',
				values: [
					{
						displayName: 'External Customer ID',
						name: 'external_customer_id',
						type: 'string',
						default: '',
						description: "The customer's ID in the integration. Leave empty to let Lago create one (with Sync With Provider).",
						routing: { send: { type: 'body', property: integration('external_customer_id'), value: '={{ $value || undefined }}' } },
					},
					{
						displayName: 'Integration Code',
						name: 'integration_code',
						type: 'string',
						default: '',
						placeholder: 'netsuite-eu-1',
						description: 'Code of the integration connection in Lago',
						routing: { send: { type: 'body', property: integration('integration_code') } },
					},
					{
						displayName: 'Integration Type',
						name: 'integration_type',
						type: 'options',
						default: 'netsuite',
						options: [
							{ name: 'Anrok', value: 'anrok' },
							{ name: 'NetSuite', value: 'netsuite' },
							{ name: 'Xero', value: 'xero' },
						],
						routing: { send: { type: 'body', property: integration('integration_type') } },
					},
					{
						displayName: 'Subsidiary ID',
						name: 'subsidiary_id',
						type: 'string',
						default: '',
						description: 'NetSuite only',
						routing: { send: { type: 'body', property: integration('subsidiary_id'), value: '={{ $value || undefined }}' } },
					},
					{
						displayName: 'Sync With Provider',
						name: 'sync_with_provider',
						type: 'boolean',
						default: false,
						description: 'Whether Lago creates the customer in the integration when no External Customer ID is given',
						routing: { send: { type: 'body', property: integration('sync_with_provider') } },
					},
				],
			},
		],
	},

	// Current and past usage
	subscriptionLocator(forCustomer(['getCurrentUsage', 'getPastUsage']), {
		send: { type: 'query', property: 'external_subscription_id' },
	}),
	{
		displayName: 'Options',
		name: 'usageOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: forCustomer(['getCurrentUsage']),
		options: [
			{
				displayName: 'Apply Taxes',
				name: 'apply_taxes',
				type: 'boolean',
				default: true,
				description: 'Whether amounts include taxes',
				routing: { send: { type: 'query', property: 'apply_taxes' } },
			},
			{
				displayName: 'Billable Metric Code',
				name: 'billable_metric_code',
				type: 'string',
				default: '',
				description: 'Only the usage of this billable metric',
				routing: { send: { type: 'query', property: 'billable_metric_code' } },
			},
			{
				displayName: 'Charge Code',
				name: 'charge_code',
				type: 'string',
				default: '',
				description: 'Only the usage of this charge of the plan',
				routing: { send: { type: 'query', property: 'charge_code' } },
			},
			{
				displayName: 'Full Usage',
				name: 'full_usage',
				type: 'boolean',
				default: false,
				description: 'Whether to return the usage since the subscription started instead of this billing period. Needs a Charge Code.',
				routing: { send: { type: 'query', property: 'full_usage' } },
			},
		],
	},
	...returnAllAndLimit('customer', ['getAll', 'getPastUsage']),
	{
		displayName: 'Options',
		name: 'pastUsageOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: forCustomer(['getPastUsage']),
		options: [
			{
				displayName: 'Billable Metric Code',
				name: 'billable_metric_code',
				type: 'string',
				default: '',
				description: 'Only the usage of this billable metric',
				routing: { send: { type: 'query', property: 'billable_metric_code' } },
			},
			{
				displayName: 'Periods Count',
				name: 'periods_count',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 3,
				description: 'How many past billing periods to return',
				routing: { send: { type: 'query', property: 'periods_count' } },
			},
		],
	},

	// Get Many
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: forCustomer(['getAll']),
		options: [
			{
				displayName: 'Account Types',
				name: 'account_type',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Customer', value: 'customer' },
					{ name: 'Partner', value: 'partner' },
				],
				routing: { send: { type: 'query', property: 'account_type' } },
			},
			{
				displayName: 'Countries',
				name: 'countries',
				type: 'string',
				default: '',
				placeholder: 'US, FR',
				description: 'Two-letter ISO 3166-1 codes of the billing address, separated by commas',
				routing: { send: { type: 'query', property: 'countries' } },
			},
			{
				displayName: 'Currencies',
				name: 'currencies',
				type: 'string',
				default: '',
				placeholder: 'USD, EUR',
				description: 'Three-letter ISO 4217 codes, separated by commas',
				routing: { send: { type: 'query', property: 'currencies' } },
			},
			{
				displayName: 'Customer Type',
				name: 'customer_type',
				type: 'options',
				default: 'company',
				options: [
					{ name: 'Company', value: 'company' },
					{ name: 'Individual', value: 'individual' },
				],
				routing: { send: { type: 'query', property: 'customer_type' } },
			},
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'fixedCollection',
				placeholder: 'Add Metadata Filter',
				typeOptions: { multipleValues: true },
				default: {},
				description: 'Only customers whose metadata has these values; an empty value matches customers without the key',
				options: [
					{
						displayName: 'Metadata',
						name: 'values',
						values: [
							{ displayName: 'Key', name: 'key', type: 'string', default: '' },
							{
								displayName: 'Value',
								name: 'value',
								type: 'string',
								default: '',
								routing: {
									send: { type: 'query', property: '=metadata[{{$parent.key}}]', propertyInDotNotation: false },
								},
							},
						],
					},
				],
			},
			{
				displayName: 'Search Term',
				name: 'search_term',
				type: 'string',
				default: '',
				description: 'Matches name, first and last name, legal name, external ID or email',
				routing: { send: { type: 'query', property: 'search_term' } },
			},
		],
	},
];
