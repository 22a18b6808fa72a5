import type { IDataObject, INodeExecutionData, INodeProperties, PostReceiveAction } from 'n8n-workflow';

import { commaSeparated, inWrapper } from '../../fields';
import { boolean, number, options } from '../../../shared/fields';

export { billingEntityLocator } from '../sharedFields/locators';

/**
 * Lago's document describes create and update answers without the `billing_entity` wrapper that Get has, while
 * Lago's own clients read `billing_entity` from them; the item is the entity either way.
 */
export const billingEntityOutput: PostReceiveAction[] = [
	async function (items: INodeExecutionData[]) {
		return items.map((item) => {
			const inner = item.json.billing_entity;
			return typeof inner === 'object' && inner !== null ? { ...item, json: inner as IDataObject } : item;
		});
	},
];

/** Lago's own clients wrap both create and update in `billing_entity` (getlago/lago-ruby-client). */
const body = inWrapper('billing_entity');

const text = (displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	routing: body(property),
	...extra,
});

/** The optional fields of a billing entity, for Create and Update. */
export const billingEntityDetails: INodeProperties[] = [
	text('Address Line 1', 'addressLine1', 'address_line1'),
	text('Address Line 2', 'addressLine2', 'address_line2'),
	text('City', 'city', 'city'),
	text('Country', 'country', 'country', { placeholder: 'FR', description: 'Two-letter ISO 3166-1 code', routing: body('country', '={{ $value.trim().toUpperCase() }}') }),
	text('Default Currency', 'defaultCurrency', 'default_currency', { placeholder: 'EUR', routing: body('default_currency', '={{ $value.trim().toUpperCase() }}') }),
	text('Document Locale', 'documentLocale', 'billing_configuration.document_locale', { placeholder: 'fr', description: 'ISO 639-1 language of invoices' }),
	text('Document Number Prefix', 'documentNumberPrefix', 'document_number_prefix', { placeholder: 'ACME-EU' }),
	options('documentNumbering', 'Document Numbering', undefined, [
		['Per Billing Entity', 'per_billing_entity'],
		['Per Customer', 'per_customer'],
	], 'per_customer', body('document_numbering')),
	text('Email', 'email', 'email', { placeholder: 'billing@example.com' }),
	boolean('euTaxManagement', 'EU Tax Management', 'Whether Lago applies EU VAT rules to customers of this entity', body('eu_tax_management')),
	boolean('finalizeZeroAmountInvoice', 'Finalize Zero Amount Invoice', 'Whether invoices of zero are finalized (on) or skipped (off)', body('finalize_zero_amount_invoice'), { default: true }),
	text('Invoice Footer', 'invoiceFooter', 'billing_configuration.invoice_footer'),
	number('invoiceGracePeriod', 'Invoice Grace Period (Days)', 'Days during which invoices stay drafts and can be changed', body('billing_configuration.invoice_grace_period'), { typeOptions: { minValue: 0 } }),
	text('Legal Name', 'legalName', 'legal_name'),
	text('Legal Number', 'legalNumber', 'legal_number'),
	number('netPaymentTerm', 'Net Payment Term (Days)', 'Days customers have to pay an invoice', body('net_payment_term'), { typeOptions: { minValue: 0 } }),
	text('State', 'state', 'state'),
	text('Tax Identification Number', 'taxIdentificationNumber', 'tax_identification_number'),
	text('Timezone', 'timezone', 'timezone', { placeholder: 'Europe/Paris', description: 'IANA name, as Lago lists them' }),
	text('Zip Code', 'zipcode', 'zipcode'),
];

export const updateOnlyDetails: INodeProperties[] = [
	text('Invoice Custom Section Codes', 'invoiceCustomSectionCodes', 'invoice_custom_section_codes', {
		description: 'Comma-separated codes of the custom sections printed on invoices',
		routing: body('invoice_custom_section_codes', commaSeparated),
	}),
	text('Tax Codes', 'taxCodes', 'tax_codes', { description: 'Comma-separated codes of the taxes of this entity', routing: body('tax_codes', commaSeparated) }),
];
