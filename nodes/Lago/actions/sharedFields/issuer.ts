import type { INodeProperties } from 'n8n-workflow';

import { boolean, number, options, text } from '../../../shared/fields';
import { addressFields, byDisplayName, inWrapper } from '../../fields';

const upperCase = '={{ $value.trim().toUpperCase() }}';
const byName = (rows: Array<[string, string]>) => [...rows].sort((a, b) => a[0].localeCompare(b[0]));

/**
 * The settings an organization and its billing entities share as issuers of invoices: address, legal identity,
 * numbering and invoice rules, sent inside `wrapper`. `numberingPer` is the second Document Numbering choice
 * (numbering per organization or per billing entity); `own` adds the fields only one of them has. Sorted by display name.
 */
export function issuerFields(
	wrapper: 'organization' | 'billing_entity',
	numberingPer: [string, string],
	own: { prefixPlaceholder?: string; timezoneDescription?: string; fields: INodeProperties[] },
): INodeProperties[] {
	const body = inWrapper(wrapper);
	const configuration = (property: string) => body(`billing_configuration.${property}`);
	const days = { typeOptions: { minValue: 0 } };
	return byDisplayName([
		...addressFields(body, { description: 'Two-letter ISO 3166-1 code', placeholder: 'FR', value: upperCase }, { zipName: 'zipcode' }),
		text('defaultCurrency', 'Default Currency', undefined, body('default_currency', upperCase), { placeholder: 'EUR' }),
		text('documentLocale', 'Document Locale', 'ISO 639-1 language of invoices', configuration('document_locale'), { placeholder: 'fr' }),
		text('documentNumberPrefix', 'Document Number Prefix', undefined, body('document_number_prefix'), own.prefixPlaceholder ? { placeholder: own.prefixPlaceholder } : {}),
		options('documentNumbering', 'Document Numbering', undefined, byName([['Per Customer', 'per_customer'], numberingPer]), 'per_customer', body('document_numbering')),
		text('email', 'Email', undefined, body('email'), { placeholder: 'billing@example.com' }),
		boolean('finalizeZeroAmountInvoice', 'Finalize Zero Amount Invoice', 'Whether invoices of zero are finalized (on) or skipped (off)', body('finalize_zero_amount_invoice'), { default: true }),
		text('invoiceFooter', 'Invoice Footer', undefined, configuration('invoice_footer')),
		number('invoiceGracePeriod', 'Invoice Grace Period (Days)', 'Days during which invoices stay drafts and can be changed', configuration('invoice_grace_period'), days),
		text('legalName', 'Legal Name', undefined, body('legal_name')),
		text('legalNumber', 'Legal Number', undefined, body('legal_number')),
		number('netPaymentTerm', 'Net Payment Term (Days)', 'Days customers have to pay an invoice', body('net_payment_term'), days),
		text('taxIdentificationNumber', 'Tax Identification Number', undefined, body('tax_identification_number')),
		text('timezone', 'Timezone', own.timezoneDescription, body('timezone'), { placeholder: 'Europe/Paris' }),
		...own.fields,
	]);
}
