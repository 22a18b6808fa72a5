import type { INodeProperties } from 'n8n-workflow';

import { inWrapper } from '../../fields';

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
	{
		displayName: 'Document Numbering',
		name: 'documentNumbering',
		type: 'options',
		default: 'per_customer',
		options: [
			{ name: 'Per Customer', value: 'per_customer' },
			{ name: 'Per Organization', value: 'per_organization' },
		],
		routing: body('document_numbering'),
	},
	text('Email', 'email', 'email', { placeholder: 'billing@example.com' }),
	{
		displayName: 'Finalize Zero Amount Invoice',
		name: 'finalizeZeroAmountInvoice',
		type: 'boolean',
		default: true,
		description: 'Whether invoices of zero are finalized (on) or skipped (off)',
		routing: body('finalize_zero_amount_invoice'),
	},
	text('Invoice Footer', 'invoiceFooter', 'billing_configuration.invoice_footer'),
	{
		displayName: 'Invoice Grace Period (Days)',
		name: 'invoiceGracePeriod',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Days during which invoices stay drafts and can be changed',
		routing: body('billing_configuration.invoice_grace_period'),
	},
	text('Legal Name', 'legalName', 'legal_name'),
	text('Legal Number', 'legalNumber', 'legal_number'),
	{
		displayName: 'Net Payment Term (Days)',
		name: 'netPaymentTerm',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Days customers have to pay an invoice',
		routing: body('net_payment_term'),
	},
	text('State', 'state', 'state'),
	text('Tax Identification Number', 'taxIdentificationNumber', 'tax_identification_number'),
	text('Timezone', 'timezone', 'timezone', { placeholder: 'Europe/Paris' }),
	text('Webhook URL', 'webhookUrl', 'webhook_url', { description: 'The legacy single webhook address; prefer Webhook Endpoint' }),
	text('Zip Code', 'zipcode', 'zipcode'),
];
