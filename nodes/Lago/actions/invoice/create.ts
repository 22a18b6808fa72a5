import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, billingCustomer, isoDateTime, listOf, recordOutput, sendRows } from '../../billingFields';
import { currency } from '../../../shared/validation';
import { inside } from '../../validation';
import { dateTime, group, rows, text } from '../../../shared/fields';
import { commaSeparated, toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create One-Off',
	value: 'create',
	action: 'Create a one-off invoice',
	description: 'Invoice a customer for add-ons, outside any subscription',
	operationId: 'createInvoice',
	method: 'POST',
	path: '/invoices',
	checks: [inside('invoice', currency('Currency', 'currency'))],
	preSend: [
		sendRows(
			'Fees',
			'fees',
			'fee',
			'invoice.fees',
			(fee, _index, fail) => {
				if (!String(fee.addOnCode ?? '').trim()) fail('Add-On Code is required');
				const unitAmount = String(fee.unitAmountCents ?? '').trim();
				if (unitAmount && !/^\d+$/.test(unitAmount)) fail(`Unit Amount (Cents) must be a whole number of cents, got "${unitAmount}"`);
				return {
					add_on_code: String(fee.addOnCode).trim(),
					units: String(fee.units ?? '').trim() || undefined,
					unit_amount_cents: unitAmount ? Number(unitAmount) : undefined,
					invoice_display_name: fee.invoiceDisplayName,
					description: fee.description,
					from_datetime: isoDateTime(fee.fromDatetime, fail),
					to_datetime: isoDateTime(fee.toDatetime, fail),
					tax_codes: listOf(fee.taxCodes),
				};
			},
			true,
		),
	],
	postReceive: recordOutput('invoice', INVOICE_FIELDS),
	fields: [
		billingCustomer('invoice.external_customer_id', 'The customer to invoice, by the external ID your application gave it'),
		rows('fees', 'Fees', 'One line per add-on billed', 'Add Fee', { name: 'fee', displayName: 'Fee', values: [
			text('addOnCode', 'Add-On Code', 'The add-on billed on this line', undefined, { placeholder: 'setup_fee' }),
			text('description', 'Description'),
			dateTime('fromDatetime', 'From', 'Start of the period billed (UTC)'),
			text('invoiceDisplayName', 'Invoice Display Name', 'The line\'s label on the invoice; the add-on\'s name when empty'),
			text('taxCodes', 'Tax Codes', 'Taxes of this line, separated by commas; the add-on\'s when empty', undefined, { placeholder: 'vat_20, city_tax' }),
			dateTime('toDatetime', 'To', 'End of the period billed (UTC)'),
			text('unitAmountCents', 'Unit Amount (Cents)', 'Price per unit in cents (12.50 is 1250); the add-on\'s own amount when empty', undefined, { placeholder: '1250' }),
			text('units', 'Units', 'Quantity, a decimal number; 1 when empty', undefined, { placeholder: '1.5' }),
		] }, { required: true }),
		group('additionalFields', [
			text('billingEntityCode', 'Billing Entity Code', "The billing entity issuing the invoice; the customer's when empty", toBody('invoice.billing_entity_code')),
			text('currency', 'Currency', "Three-letter ISO 4217 code; the customer's currency when empty", toBody('invoice.currency'), { placeholder: 'EUR' }),
			text('invoiceCustomSectionCodes', 'Invoice Custom Section Codes', 'Custom sections to print on this invoice, separated by commas', toBody('invoice.invoice_custom_section.invoice_custom_section_codes', commaSeparated), { placeholder: 'eu_bank_details' }),
		]),
		simplifySwitch('invoice'),
	],
});

