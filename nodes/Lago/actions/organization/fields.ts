import type { INodeProperties } from 'n8n-workflow';

import { inWrapper } from '../../fields';
import { boolean, number, options } from '../../../shared/fields';

const body = inWrapper('organization');

const text = (displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	routing: body(property),
	...extra,
});

/** The settings of the organization of the API key that the API lets change. */
export const organizationFields: INodeProperties[] = [
	text('Address Line 1', 'addressLine1', 'address_line1'),
	text('Address Line 2', 'addressLine2', 'address_line2'),
	text('City', 'city', 'city'),
	text('Country', 'country', 'country', { placeholder: 'FR', description: 'Two-letter ISO 3166-1 code', routing: body('country', '={{ $value.trim().toUpperCase() }}') }),
	text('Default Currency', 'defaultCurrency', 'default_currency', { placeholder: 'EUR', routing: body('default_currency', '={{ $value.trim().toUpperCase() }}') }),
	text('Document Locale', 'documentLocale', 'billing_configuration.document_locale', { placeholder: 'fr', description: 'ISO 639-1 language of invoices' }),
	text('Document Number Prefix', 'documentNumberPrefix', 'document_number_prefix'),
	options('documentNumbering', 'Document Numbering', undefined, [
		['Per Customer', 'per_customer'],
		['Per Organization', 'per_organization'],
	], 'per_customer', body('document_numbering')),
	text('Email', 'email', 'email', { placeholder: 'billing@example.com' }),
	boolean('finalizeZeroAmountInvoice', 'Finalize Zero Amount Invoice', 'Whether invoices of zero are finalized (on) or skipped (off)', body('finalize_zero_amount_invoice'), { default: true }),
	text('Invoice Footer', 'invoiceFooter', 'billing_configuration.invoice_footer'),
	number('invoiceGracePeriod', 'Invoice Grace Period (Days)', 'Days during which invoices stay drafts and can be changed', body('billing_configuration.invoice_grace_period'), { typeOptions: { minValue: 0 } }),
	text('Legal Name', 'legalName', 'legal_name'),
	text('Legal Number', 'legalNumber', 'legal_number'),
	number('netPaymentTerm', 'Net Payment Term (Days)', 'Days customers have to pay an invoice', body('net_payment_term'), { typeOptions: { minValue: 0 } }),
	text('State', 'state', 'state'),
	text('Tax Identification Number', 'taxIdentificationNumber', 'tax_identification_number'),
	text('Timezone', 'timezone', 'timezone', { placeholder: 'Europe/Paris' }),
	text('Webhook URL', 'webhookUrl', 'webhook_url', { description: 'The legacy single webhook address; prefer Webhook Endpoint' }),
	text('Zip Code', 'zipcode', 'zipcode'),
];
