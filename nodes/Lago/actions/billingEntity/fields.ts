import type { INodeProperties, PostReceiveAction } from 'n8n-workflow';

import { commaSeparated, inWrapper } from '../../fields';
import { boolean, text } from '../../../shared/fields';
import { unwrapRecord } from '../../billingFields';
import { issuerFields } from '../sharedFields/issuer';

export { billingEntityLocator } from '../sharedFields/locators';

/**
 * Lago's document describes create and update answers without the `billing_entity` wrapper that Get has, while
 * Lago's own clients read `billing_entity` from them; the item is the entity either way.
 */
export const billingEntityOutput: PostReceiveAction[] = [unwrapRecord('billing_entity')];

/** Lago's own clients wrap both create and update in `billing_entity` (getlago/lago-ruby-client). */
const body = inWrapper('billing_entity');

/** The optional fields of a billing entity, for Create and Update. */
export const billingEntityDetails: INodeProperties[] = issuerFields('billing_entity', ['Per Billing Entity', 'per_billing_entity'], {
	prefixPlaceholder: 'ACME-EU',
	timezoneDescription: 'IANA name, as Lago lists them',
	fields: [boolean('euTaxManagement', 'EU Tax Management', 'Whether Lago applies EU VAT rules to customers of this entity', body('eu_tax_management'))],
});

export const updateOnlyDetails: INodeProperties[] = [
	text('invoiceCustomSectionCodes', 'Invoice Custom Section Codes', 'Comma-separated codes of the custom sections printed on invoices', body('invoice_custom_section_codes', commaSeparated)),
	text('taxCodes', 'Tax Codes', 'Comma-separated codes of the taxes of this entity', body('tax_codes', commaSeparated)),
];
