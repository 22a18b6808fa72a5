import type { INodeProperties } from 'n8n-workflow';

import { boolean, multiOptions, number, options, rows, text } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operation';
import { countryCode, currency, email, required, wholeNumber } from '../../../shared/validation';
import { unwrap } from '../../client';
import { addressFields, byDisplayName, commaSeparated, inWrapper, toBody } from '../../fields';
import { inside } from '../../validation';
import { customerType } from './fields';

const body = inWrapper('customer');
const days = { min: 0, hint: 'A number of days' };

/** A text field sent as `customer.<property>`. */
const field = (name: string, displayName: string, property: string, description?: string, placeholder?: string) =>
	text(name, displayName, description, body(property), placeholder ? { placeholder } : {});

const contactAndAddress: INodeProperties[] = byDisplayName([
	options('accountType', 'Account Type', undefined, [
		['Customer', 'customer'],
		['Partner', 'partner', 'A partner account, billed for the customers it brings'],
	], 'customer', body('account_type')),
	...addressFields(body, { description: 'Two-letter ISO 3166-1 alpha-2 code of the billing address', placeholder: 'US' }),
	customerType(body('customer_type')),
	field('email', 'Email', 'email', undefined, 'name@email.com'),
	field('firstName', 'First Name', 'firstname'),
	field('lastName', 'Last Name', 'lastname'),
	field('legalName', 'Legal Name', 'legal_name', 'The legal company name'),
	field('legalNumber', 'Legal Number', 'legal_number', 'The company registration number'),
	field('logoUrl', 'Logo URL', 'logo_url'),
	field('name', 'Name', 'name', 'Full name of the customer, at most 255 characters'),
	field('phone', 'Phone', 'phone'),
	field('taxIdentificationNumber', 'Tax Identification Number', 'tax_identification_number', undefined, 'EU123456789'),
	field('url', 'Website URL', 'url'),
]);

const billing: INodeProperties[] = [
	field('billingEntityCode', 'Billing Entity Code', 'billing_entity_code', 'The billing entity that issues the invoices; empty for the default one'),
	field('currency', 'Currency', 'currency', 'Three-letter ISO 4217 code. Lago refuses to change it once the customer has a subscription.', 'USD'),
	options('finalizeZeroAmountInvoice', 'Finalize Zero Amount Invoice', undefined, [
		['Finalize', 'finalize', 'Issue invoices even when their total is zero'],
		['Inherit', 'inherit', 'Follow the organization setting'],
		['Skip', 'skip', 'Do not finalize invoices whose total is zero'],
	], 'inherit', body('finalize_zero_amount_invoice')),
	text('invoiceCustomSectionCodes', 'Invoice Custom Section Codes', "Codes of the invoice custom sections to show on this customer's invoices, separated by commas", body('invoice_custom_section_codes', commaSeparated), { placeholder: 'eu_bank_details' }),
	number('netPaymentTerm', 'Net Payment Term', 'Days the customer has to pay an invoice once it is finalized', body('net_payment_term'), { default: 30, typeOptions: { minValue: 0 } }),
	boolean('skipInvoiceCustomSections', 'Skip Invoice Custom Sections', "Whether to leave every invoice custom section off this customer's invoices", body('skip_invoice_custom_sections')),
	text('taxCodes', 'Tax Codes', 'Codes of the Lago taxes that apply to this customer, separated by commas', body('tax_codes', commaSeparated), { placeholder: 'french_standard_vat' }),
	field('timezone', 'Timezone', 'timezone', "IANA time zone name. Lago bills in the customer's local time; empty uses the organization's time zone.", 'America/Los_Angeles'),
];

const configuration = (property: string) => body(`billing_configuration.${property}`);

const billingConfiguration: INodeProperties[] = [
	text('documentLocale', 'Document Locale', 'Two-letter ISO 639-1 language of the invoices and other documents', configuration('document_locale'), { placeholder: 'fr' }),
	number('invoiceGracePeriod', 'Invoice Grace Period', 'Days during which a draft invoice can still be changed before it is finalized', configuration('invoice_grace_period'), { typeOptions: { minValue: 0 } }),
	options('paymentProvider', 'Payment Provider', 'Required to set a Provider Customer ID', [
		['Adyen', 'adyen'],
		['GoCardless', 'gocardless'],
		['Stripe', 'stripe'],
	], 'stripe', configuration('payment_provider')),
	text('paymentProviderCode', 'Payment Provider Code', 'Code of the payment provider connection in Lago', configuration('payment_provider_code'), { placeholder: 'stripe-eu-1' }),
	text('providerCustomerId', 'Provider Customer ID', "The customer's ID at the payment provider. Leave empty to let Lago create one (with Sync With Provider).", configuration('provider_customer_id'), { placeholder: 'cus_12345' }),
	multiOptions('providerPaymentMethods', 'Provider Payment Methods', 'Stripe only. Link needs Card; Customer Balance excludes the others.', [
		['BACS Debit', 'bacs_debit'],
		['Boleto', 'boleto'],
		['Card', 'card'],
		['Crypto', 'crypto'],
		['Customer Balance', 'customer_balance'],
		['Link', 'link'],
		['SEPA Debit', 'sepa_debit'],
		['US Bank Account', 'us_bank_account'],
	], configuration('provider_payment_methods')),
	options('subscriptionInvoiceIssuingDateAdjustment', 'Subscription Invoice Issuing Date Adjustment', undefined, [
		['Align With Finalization Date', 'align_with_finalization_date'],
		['Keep Anchor', 'keep_anchor'],
	], 'keep_anchor', configuration('subscription_invoice_issuing_date_adjustment')),
	options('subscriptionInvoiceIssuingDateAnchor', 'Subscription Invoice Issuing Date Anchor', undefined, [
		['Current Period End', 'current_period_end'],
		['Next Period Start', 'next_period_start'],
	], 'next_period_start', configuration('subscription_invoice_issuing_date_anchor')),
	boolean('sync', 'Sync', 'Whether to create the customer at the payment provider right away, as part of this request', configuration('sync')),
	boolean('syncWithProvider', 'Sync With Provider', 'Whether Lago creates the customer at the payment provider when no Provider Customer ID is given', configuration('sync_with_provider')),
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
		text('externalId', 'External ID', 'The ID of the customer in your application. Lago creates the customer, or updates the one that already has this ID.', body('external_id'), { required: true, placeholder: '5eb02857-a71e-4ea2-bcf9-57d3a41bc6ba' }),
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
			options: addressFields((property, value) => body(`shipping_address.${property}`, value), { description: 'Two-letter ISO 3166-1 alpha-2 code', placeholder: 'US' }, { label: 'Shipping ' }),
		},
		rows('metadata', 'Metadata', 'Key-value pairs kept on the customer, optionally printed on invoices', 'Add Metadata', { name: 'values', displayName: 'Metadata', values: [
			text('key', 'Key', undefined, listEntry('metadata', 'key'), { placeholder: 'Purchase Order' }),
			text('value', 'Value', undefined, listEntry('metadata', 'value', '={{ String($value) }}')),
			boolean('displayInInvoice', 'Display in Invoice', 'Whether to print this pair on the invoices', listEntry('metadata', 'display_in_invoice')),
		] }),
		rows('integrationCustomers', 'Integration Customers', 'Links to the customer in accounting and tax integrations', 'Add Integration', { name: 'values', displayName: 'Integration', values: [
			text('externalCustomerId', 'External Customer ID', "The customer's ID in the integration. Leave empty to let Lago create one (with Sync With Provider).", integration('external_customer_id', '={{ $value || undefined }}')),
			text('integrationCode', 'Integration Code', 'Code of the integration connection in Lago', integration('integration_code'), { placeholder: 'netsuite-eu-1' }),
			options('integrationType', 'Integration Type', undefined, [['Anrok', 'anrok'], ['NetSuite', 'netsuite'], ['Xero', 'xero']], 'netsuite', integration('integration_type')),
			text('subsidiaryId', 'Subsidiary ID', 'NetSuite only', integration('subsidiary_id', '={{ $value || undefined }}')),
			boolean('syncWithProvider', 'Sync With Provider', 'Whether Lago creates the customer in the integration when no External Customer ID is given', integration('sync_with_provider')),
		] }),
	],
});
