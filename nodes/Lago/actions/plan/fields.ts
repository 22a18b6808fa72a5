import type { INodeProperties } from 'n8n-workflow';

import { simplified, simplifySwitch } from '../../../shared/output';
import { unwrap } from '../../client';
import { commaSeparated, inWrapper } from '../../fields';
import { keyValueField } from '../../billingFields';
import { boolean, json, number, options, rows, text } from '../../../shared/fields';

export { planLocator } from '../sharedFields/locators';

const body = inWrapper('plan');

/** What Simplify keeps of a plan: its identity and price, without charges, taxes and thresholds. */
export const PLAN_SUMMARY = [
	'lago_id',
	'name',
	'code',
	'interval',
	'amount_cents',
	'amount_currency',
	'pay_in_advance',
	'trial_period',
	'description',
	'created_at',
];

export const planSimplify = simplifySwitch('plan');
export const planOutput = [...unwrap('plan'), simplified(PLAN_SUMMARY)];

export const intervalField: INodeProperties = options('interval', 'Interval', 'How often the subscription fee is billed', [
	['Monthly', 'monthly'],
	['Quarterly', 'quarterly'],
	['Semiannual', 'semiannual'],
	['Weekly', 'weekly'],
	['Yearly', 'yearly'],
], 'monthly', body('interval'));

export const amountCentsField: INodeProperties = number('amountCents', 'Subscription Fee (Cents)', 'The base price of the plan in cents of the currency, e.g. 4900 for 49.00', body('amount_cents'), { typeOptions: { minValue: 0 } });

export const currencyField: INodeProperties = text('amountCurrency', 'Currency', 'Three-letter ISO 4217 code', body('amount_currency', '={{ String($value).trim().toUpperCase() }}'), { default: 'USD', placeholder: 'USD' });

export const payInAdvanceField: INodeProperties = boolean('payInAdvance', 'Pay in Advance', 'Whether the subscription fee is billed at the start of each period instead of its end', body('pay_in_advance'));

/** The optional plan fields Create and Update share. */
export const planDetails: INodeProperties[] = [
	boolean('billChargesMonthly', 'Bill Charges Monthly', 'Whether usage charges of a yearly or semiannual plan are billed every month', body('bill_charges_monthly')),
	boolean('billFixedChargesMonthly', 'Bill Fixed Charges Monthly', 'Whether fixed charges of a yearly or semiannual plan are billed every month', body('bill_fixed_charges_monthly')),
	json('charges', 'Charges (JSON)', 'All usage-based charges of the plan at once, as Lago documents them. To add or change one charge with structured fields, use Plan Charge → Create or Update.', body('charges', '={{ typeof $value === "string" ? JSON.parse($value) : $value }}'), { default: '[]' }),
	text('description', 'Description', undefined, body('description'), { typeOptions: { rows: 2 } }),
	text('invoiceDisplayName', 'Invoice Display Name', 'The name on invoices; the plan name when empty', body('invoice_display_name')),
	keyValueField('Metadata', 'metadata', 'Your own key/value pairs on the plan'),
	number('minimumCommitmentCents', 'Minimum Commitment (Cents)', 'The least the customer pays per period; Lago invoices the difference when usage stays below it', body('minimum_commitment.amount_cents'), { typeOptions: { minValue: 0 } }),
	text('taxCodes', 'Tax Codes', 'Comma-separated codes of taxes applied to the plan', body('tax_codes', commaSeparated), { placeholder: 'french_standard_vat' }),
	number('trialPeriod', 'Trial Period (Days)', 'Number of days of free trial before the subscription fee is charged', body('trial_period'), { typeOptions: { minValue: 0 } }),
	rows('usageThresholds', 'Usage Thresholds', 'Amounts of usage at which Lago invoices in the middle of a period (progressive billing)', 'Add Threshold', { name: 'values', displayName: 'Threshold', values: [
		number('amountCents', 'Amount (Cents)', 'The usage amount, in cents, at which Lago invoices', undefined, { default: 1000, typeOptions: { minValue: 1 } }),
		text('thresholdDisplayName', 'Display Name'),
		boolean('recurring', 'Recurring', 'Whether the threshold repeats after the last fixed one'),
	] }, { routing: body('usage_thresholds', '={{ ($value.values || []).map(t => ({ amount_cents: t.amountCents, threshold_display_name: t.thresholdDisplayName || undefined, recurring: t.recurring })) }}') }),
];
