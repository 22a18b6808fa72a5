import type { INodeProperties } from 'n8n-workflow';
import { text } from '../../../shared/fields';

const body = (property: string) => ({ send: { type: 'body' as const, property: `add_on.${property}` } });

export const addOnOptions: INodeProperties[] = [
	text('description', 'Description', undefined, body('description')),
	text('invoiceDisplayName', 'Invoice Display Name', "The add-on's label on invoices; its name when empty", body('invoice_display_name')),
	text('taxCodes', 'Tax Codes', 'Taxes applied to the add-on, separated by commas', { type: 'body', property: 'add_on.tax_codes', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}' }, { placeholder: 'vat_20' }),
];

export const amountCents = (required: boolean): INodeProperties => ({
	displayName: 'Amount (Cents)',
	name: 'amountCents',
	type: 'number',
	typeOptions: { minValue: 0 },
	required,
	default: 0,
	description: 'The price, in cents and excluding taxes: 49.00 is 4900',
	routing: body('amount_cents'),
});

export const amountCurrency = (required: boolean): INodeProperties => ({
	displayName: 'Currency',
	name: 'amountCurrency',
	type: 'string',
	required,
	default: '',
	placeholder: 'USD',
	description: 'Three-letter ISO 4217 code',
	routing: body('amount_currency'),
});
