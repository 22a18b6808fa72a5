import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { INVOICE_FIELDS, billingCustomer, isoDateTime, listOf, recordOutput, sendRows } from '../../billingFields';
import { currency } from '../../../shared/validation';
import { inside } from '../../validation';

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
		{
			displayName: 'Fees',
			name: 'fees',
			type: 'fixedCollection',
			placeholder: 'Add Fee',
			required: true,
			typeOptions: { multipleValues: true },
			default: {},
			description: 'One line per add-on billed',
			options: [
				{
					displayName: 'Fee',
					name: 'fee',
					values: [
						{
							displayName: 'Add-On Code',
							name: 'addOnCode',
							type: 'string',
							default: '',
							placeholder: 'setup_fee',
							description: 'The add-on billed on this line',
						},
						{
							displayName: 'Description',
							name: 'description',
							type: 'string',
							default: '',
						},
						{
							displayName: 'From',
							name: 'fromDatetime',
							type: 'dateTime',
							default: '',
							description: 'Start of the period billed (UTC)',
						},
						{
							displayName: 'Invoice Display Name',
							name: 'invoiceDisplayName',
							type: 'string',
							default: '',
							description: 'The line\'s label on the invoice;	the add-on\'s name when empty',
						},
						{
							displayName: 'Tax Codes',
							name: 'taxCodes',
							type: 'string',
							default: '',
							placeholder: 'vat_20, city_tax',
							description: 'Taxes of this line, separated by commas;	the add-on\'s when empty',
						},
						{
							displayName: 'To',
							name: 'toDatetime',
							type: 'dateTime',
							default: '',
							description: 'End of the period billed (UTC)',
						},
						{
							displayName: 'Unit Amount (Cents)',
							name: 'unitAmountCents',
							type: 'string',
							default: '',
							placeholder: '1250',
							description: 'Price per unit in cents (12.50 is 1250);	the add-on\'s own amount when empty',
						},
						{
							displayName: 'Units',
							name: 'units',
							type: 'string',
							default: '',
							placeholder: '1.5',
							description: 'Quantity, a decimal number;	1 when empty',
						},
					],
				},
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Billing Entity Code',
					name: 'billingEntityCode',
					type: 'string',
					default: '',
					description: "The billing entity issuing the invoice; the customer's when empty",
					routing: { send: { type: 'body', property: 'invoice.billing_entity_code' } },
				},
				{
					displayName: 'Currency',
					name: 'currency',
					type: 'string',
					default: '',
					placeholder: 'EUR',
					description: "Three-letter ISO 4217 code; the customer's currency when empty",
					routing: { send: { type: 'body', property: 'invoice.currency' } },
				},
				{
					displayName: 'Invoice Custom Section Codes',
					name: 'invoiceCustomSectionCodes',
					type: 'string',
					default: '',
					placeholder: 'eu_bank_details',
					description: 'Custom sections to print on this invoice, separated by commas',
					routing: { send: { type: 'body', property: 'invoice.invoice_custom_section.invoice_custom_section_codes', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}' } },
				},
			],
		},
		simplifySwitch('invoice'),
	],
});

