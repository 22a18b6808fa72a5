import type { INodeProperties } from 'n8n-workflow';

import { simplified, simplifySwitch } from '../../../shared/output';
import { unwrap } from '../../client';
import { commaSeparated, inWrapper } from '../../fields';
import { keyValueObject, keyValueRows } from '../sharedFields/routing';

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

export const intervalField: INodeProperties = {
	displayName: 'Interval',
	name: 'interval',
	type: 'options',
	default: 'monthly',
	description: 'How often the subscription fee is billed',
	options: [
		{ name: 'Monthly', value: 'monthly' },
		{ name: 'Quarterly', value: 'quarterly' },
		{ name: 'Semiannual', value: 'semiannual' },
		{ name: 'Weekly', value: 'weekly' },
		{ name: 'Yearly', value: 'yearly' },
	],
	routing: body('interval'),
};

export const amountCentsField: INodeProperties = {
	displayName: 'Subscription Fee (Cents)',
	name: 'amountCents',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'The base price of the plan in cents of the currency, e.g. 4900 for 49.00',
	routing: body('amount_cents'),
};

export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'amountCurrency',
	type: 'string',
	default: 'USD',
	placeholder: 'USD',
	description: 'Three-letter ISO 4217 code',
	routing: body('amount_currency', '={{ String($value).trim().toUpperCase() }}'),
};

export const payInAdvanceField: INodeProperties = {
	displayName: 'Pay in Advance',
	name: 'payInAdvance',
	type: 'boolean',
	default: false,
	description: 'Whether the subscription fee is billed at the start of each period instead of its end',
	routing: body('pay_in_advance'),
};

/** The optional plan fields Create and Update share. */
export const planDetails: INodeProperties[] = [
	{
		displayName: 'Bill Charges Monthly',
		name: 'billChargesMonthly',
		type: 'boolean',
		default: false,
		description: 'Whether usage charges of a yearly or semiannual plan are billed every month',
		routing: body('bill_charges_monthly'),
	},
	{
		displayName: 'Bill Fixed Charges Monthly',
		name: 'billFixedChargesMonthly',
		type: 'boolean',
		default: false,
		description: 'Whether fixed charges of a yearly or semiannual plan are billed every month',
		routing: body('bill_fixed_charges_monthly'),
	},
	{
		displayName: 'Charges (JSON)',
		name: 'charges',
		type: 'json',
		default: '[]',
		description:
			'All usage-based charges of the plan at once, as Lago documents them. To add or change one charge with structured fields, use Plan Charge → Create or Update.',
		routing: body('charges', '={{ typeof $value === "string" ? JSON.parse($value) : $value }}'),
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		routing: body('description'),
	},
	{
		displayName: 'Invoice Display Name',
		name: 'invoiceDisplayName',
		type: 'string',
		default: '',
		description: 'The name on invoices; the plan name when empty',
		routing: body('invoice_display_name'),
	},
	keyValueRows({
		displayName: 'Metadata',
		name: 'metadata',
		description: 'Your own key/value pairs on the plan',
		routing: body('metadata', keyValueObject),
	}),
	{
		displayName: 'Minimum Commitment (Cents)',
		name: 'minimumCommitmentCents',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The least the customer pays per period; Lago invoices the difference when usage stays below it',
		routing: body('minimum_commitment.amount_cents'),
	},
	{
		displayName: 'Tax Codes',
		name: 'taxCodes',
		type: 'string',
		default: '',
		placeholder: 'french_standard_vat',
		description: 'Comma-separated codes of taxes applied to the plan',
		routing: body('tax_codes', commaSeparated),
	},
	{
		displayName: 'Trial Period (Days)',
		name: 'trialPeriod',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Number of days of free trial before the subscription fee is charged',
		routing: body('trial_period'),
	},
	{
		displayName: 'Usage Thresholds',
		name: 'usageThresholds',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Threshold',
		default: {},
		description: 'Amounts of usage at which Lago invoices in the middle of a period (progressive billing)',
		options: [
			{
				displayName: 'Threshold',
				name: 'values',
				values: [
					{ displayName: 'Amount (Cents)', name: 'amountCents', type: 'number', typeOptions: { minValue: 1 }, default: 1000, description: 'The usage amount, in cents, at which Lago invoices' },
					{ displayName: 'Display Name', name: 'thresholdDisplayName', type: 'string', default: '' },
					{ displayName: 'Recurring', name: 'recurring', type: 'boolean', default: false, description: 'Whether the threshold repeats after the last fixed one' },
				],
			},
		],
		routing: body('usage_thresholds', '={{ ($value.values || []).map(t => ({ amount_cents: t.amountCents, threshold_display_name: t.thresholdDisplayName || undefined, recurring: t.recurring })) }}'),
	},
];
