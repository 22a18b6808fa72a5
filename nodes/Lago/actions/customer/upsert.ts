import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { countryCode, currency, email, required, wholeNumber } from '../../../shared/validation';
import { unwrap } from '../../client';
import { commaSeparated, inWrapper, toBody } from '../../fields';
import { inside } from '../../validation';
import { addressFields, byDisplayName, customerType } from './fields';

const body = inWrapper('customer');
const days = { min: 0, hint: 'A number of days' };

const text = (displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	routing: body(property),
	...extra,
});

const contactAndAddress: INodeProperties[] = byDisplayName([
	{
		displayName: 'Account Type',
		name: 'accountType',
		type: 'options',
		default: 'customer',
		options: [
			{ name: 'Customer', value: 'customer' },
			{ name: 'Partner', value: 'partner', description: 'A partner account, billed for the customers it brings' },
		],
		routing: body('account_type'),
	},
	...addressFields(body, 'Two-letter ISO 3166-1 alpha-2 code of the billing address'),
	customerType(body('customer_type')),
	text('Email', 'email', 'email', { placeholder: 'name@email.com' }),
	text('First Name', 'firstName', 'firstname'),
	text('Last Name', 'lastName', 'lastname'),
	text('Legal Name', 'legalName', 'legal_name', { description: 'The legal company name' }),
	text('Legal Number', 'legalNumber', 'legal_number', { description: 'The company registration number' }),
	text('Logo URL', 'logoUrl', 'logo_url'),
	text('Name', 'name', 'name', { description: 'Full name of the customer, at most 255 characters' }),
	text('Phone', 'phone', 'phone'),
	text('Tax Identification Number', 'taxIdentificationNumber', 'tax_identification_number', { placeholder: 'EU123456789' }),
	text('Website URL', 'url', 'url'),
]);

const billing: INodeProperties[] = [
	text('Billing Entity Code', 'billingEntityCode', 'billing_entity_code', {
		description: 'The billing entity that issues the invoices; empty for the default one',
	}),
	text('Currency', 'currency', 'currency', {
		placeholder: 'USD',
		description: 'Three-letter ISO 4217 code. Lago refuses to change it once the customer has a subscription.',
	}),
	{
		displayName: 'Finalize Zero Amount Invoice',
		name: 'finalizeZeroAmountInvoice',
		type: 'options',
		default: 'inherit',
		options: [
			{ name: 'Finalize', value: 'finalize', description: 'Issue invoices even when their total is zero' },
			{ name: 'Inherit', value: 'inherit', description: 'Follow the organization setting' },
			{ name: 'Skip', value: 'skip', description: 'Do not finalize invoices whose total is zero' },
		],
		routing: body('finalize_zero_amount_invoice'),
	},
	text('Invoice Custom Section Codes', 'invoiceCustomSectionCodes', 'invoice_custom_section_codes', {
		placeholder: 'eu_bank_details',
		description: "Codes of the invoice custom sections to show on this customer's invoices, separated by commas",
		routing: body('invoice_custom_section_codes', commaSeparated),
	}),
	{
		displayName: 'Net Payment Term',
		name: 'netPaymentTerm',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 30,
		description: 'Days the customer has to pay an invoice once it is finalized',
		routing: body('net_payment_term'),
	},
	{
		displayName: 'Skip Invoice Custom Sections',
		name: 'skipInvoiceCustomSections',
		type: 'boolean',
		default: false,
		description: "Whether to leave every invoice custom section off this customer's invoices",
		routing: body('skip_invoice_custom_sections'),
	},
	text('Tax Codes', 'taxCodes', 'tax_codes', {
		placeholder: 'french_standard_vat',
		description: 'Codes of the Lago taxes that apply to this customer, separated by commas',
		routing: body('tax_codes', commaSeparated),
	}),
	text('Timezone', 'timezone', 'timezone', {
		placeholder: 'America/Los_Angeles',
		description: "IANA time zone name. Lago bills in the customer's local time; empty uses the organization's time zone.",
	}),
];

const configuration = (property: string) => body(`billing_configuration.${property}`);

const billingConfiguration: INodeProperties[] = [
	{
		displayName: 'Document Locale',
		name: 'documentLocale',
		type: 'string',
		default: '',
		placeholder: 'fr',
		description: 'Two-letter ISO 639-1 language of the invoices and other documents',
		routing: configuration('document_locale'),
	},
	{
		displayName: 'Invoice Grace Period',
		name: 'invoiceGracePeriod',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Days during which a draft invoice can still be changed before it is finalized',
		routing: configuration('invoice_grace_period'),
	},
	{
		displayName: 'Payment Provider',
		name: 'paymentProvider',
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
		name: 'paymentProviderCode',
		type: 'string',
		default: '',
		placeholder: 'stripe-eu-1',
		description: 'Code of the payment provider connection in Lago',
		routing: configuration('payment_provider_code'),
	},
	{
		displayName: 'Provider Customer ID',
		name: 'providerCustomerId',
		type: 'string',
		default: '',
		placeholder: 'cus_12345',
		description: "The customer's ID at the payment provider. Leave empty to let Lago create one (with Sync With Provider).",
		routing: configuration('provider_customer_id'),
	},
	{
		displayName: 'Provider Payment Methods',
		name: 'providerPaymentMethods',
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
		name: 'subscriptionInvoiceIssuingDateAdjustment',
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
		name: 'subscriptionInvoiceIssuingDateAnchor',
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
		name: 'syncWithProvider',
		type: 'boolean',
		default: false,
		description: 'Whether Lago creates the customer at the payment provider when no Provider Customer ID is given',
		routing: configuration('sync_with_provider'),
	},
];

/** The `$index`-th entry of a list under `customer`: metadata pairs and integration links. */
const listEntry = (list: string, property: string, value?: string) => toBody(`=customer.${list}[{{$index}}].${property}`, value);
const integration = (property: string, value?: string) => listEntry('integration_customers', property, value);

export const upsert = defineOperation({
	name: 'Create or Update',
	value: 'upsert',
	action: 'Create or update a customer',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	operationId: 'createCustomer',
	method: 'POST',
	path: '/customers',
	checks: [
		inside(
			'customer',
			required('External ID', 'external_id'),
			email('Email', 'email'),
			countryCode('Country', 'country'),
			currency('Currency', 'currency'),
			wholeNumber('Net Payment Term', 'net_payment_term', days),
			inside('shipping_address', countryCode('Shipping Country', 'country')),
			inside('billing_configuration', wholeNumber('Invoice Grace Period', 'invoice_grace_period', days)),
		),
	],
	postReceive: unwrap('customer'),
	fields: [
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			required: true,
			default: '',
			placeholder: '5eb02857-a71e-4ea2-bcf9-57d3a41bc6ba',
			description:
				'The ID of the customer in your application. Lago creates the customer, or updates the one that already has this ID.',
			routing: body('external_id'),
		},
		{
			displayName: 'Contact and Address',
			name: 'contact',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: contactAndAddress,
		},
		{
			displayName: 'Billing',
			name: 'billing',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Currency, time zone, payment term, taxes and invoice settings',
			options: billing,
		},
		{
			displayName: 'Billing Configuration',
			name: 'billingConfiguration',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Payment provider, invoice grace period and document language',
			options: billingConfiguration,
		},
		{
			displayName: 'Shipping Address',
			name: 'shippingAddress',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: addressFields((property) => body(`shipping_address.${property}`), 'Two-letter ISO 3166-1 alpha-2 code', 'Shipping '),
		},
		{
			displayName: 'Metadata',
			name: 'metadata',
			type: 'fixedCollection',
			placeholder: 'Add Metadata',
			typeOptions: { multipleValues: true },
			default: {},
			description: 'Key-value pairs kept on the customer, optionally printed on invoices',
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
							routing: listEntry('metadata', 'key'),
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							routing: listEntry('metadata', 'value', '={{ String($value) }}'),
						},
						{
							displayName: 'Display in Invoice',
							name: 'displayInInvoice',
							type: 'boolean',
							default: false,
							description: 'Whether to print this pair on the invoices',
							routing: listEntry('metadata', 'display_in_invoice'),
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
			options: [
				{
					displayName: 'Integration',
					name: 'values',
					values: [
						{
							displayName: 'External Customer ID',
							name: 'externalCustomerId',
							type: 'string',
							default: '',
							description: "The customer's ID in the integration. Leave empty to let Lago create one (with Sync With Provider).",
							routing: integration('external_customer_id', '={{ $value || undefined }}'),
						},
						{
							displayName: 'Integration Code',
							name: 'integrationCode',
							type: 'string',
							default: '',
							placeholder: 'netsuite-eu-1',
							description: 'Code of the integration connection in Lago',
							routing: integration('integration_code'),
						},
						{
							displayName: 'Integration Type',
							name: 'integrationType',
							type: 'options',
							default: 'netsuite',
							options: [
								{ name: 'Anrok', value: 'anrok' },
								{ name: 'NetSuite', value: 'netsuite' },
								{ name: 'Xero', value: 'xero' },
							],
							routing: integration('integration_type'),
						},
						{
							displayName: 'Subsidiary ID',
							name: 'subsidiaryId',
							type: 'string',
							default: '',
							description: 'NetSuite only',
							routing: integration('subsidiary_id', '={{ $value || undefined }}'),
						},
						{
							displayName: 'Sync With Provider',
							name: 'syncWithProvider',
							type: 'boolean',
							default: false,
							description: 'Whether Lago creates the customer in the integration when no External Customer ID is given',
							routing: integration('sync_with_provider'),
						},
					],
				},
			],
		},
	],
});
