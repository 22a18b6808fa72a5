import type { INodeProperties } from 'n8n-workflow';
import { number, text } from '../../../shared/fields';
import { commaSeparated, inWrapper } from '../../fields';

const body = inWrapper('add_on');

export const addOnOptions: INodeProperties[] = [
	text('description', 'Description', undefined, body('description')),
	text('invoiceDisplayName', 'Invoice Display Name', "The add-on's label on invoices; its name when empty", body('invoice_display_name')),
	text('taxCodes', 'Tax Codes', 'Taxes applied to the add-on, separated by commas', body('tax_codes', commaSeparated), { placeholder: 'vat_20' }),
];

export const amountCents = (required: boolean): INodeProperties =>
	number('amountCents', 'Amount (Cents)', 'The price, in cents and excluding taxes: 49.00 is 4900', body('amount_cents'), { typeOptions: { minValue: 0 }, required });

export const amountCurrency = (required: boolean): INodeProperties =>
	text('amountCurrency', 'Currency', 'Three-letter ISO 4217 code', body('amount_currency'), { required, placeholder: 'USD' });
