import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { pricingFields, pricingPreSend, type ChargeModel } from '../sharedFields/pricing';
import { commaSeparated, inWrapper } from '../../fields';
import { filterValueRows, keyValuesObject } from '../sharedFields/routing';

export { planChargeLocator, planLocator } from '../sharedFields/locators';

const body = inWrapper('charge');

export const CHARGE_MODELS: ChargeModel[] = ['standard', 'graduated', 'volume', 'package', 'percentage', 'graduated_percentage', 'dynamic'];

export const chargeOutput = unwrap('charge');
export const filterOutput = unwrap('filter');

/** The billable metric a charge prices, by its Lago ID: the one identifier Lago's charge input takes. */
export const billableMetricIdLocator: INodeProperties = {
	displayName: 'Billable Metric',
	name: 'billableMetricId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The billable metric whose usage the charge prices',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchBillableMetricIds', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90',
			hint: 'The Lago ID (lago_id) of the billable metric, not its code',
			validation: [
				{ type: 'regex', properties: { regex: '^[0-9a-fA-F-]{36}$', errorMessage: 'A Lago ID is a UUID like 1a901a90-1a90-1a90-1a90-1a901a901a90' } },
			],
		},
	],
	routing: body('billable_metric_id'),
};

const cascadeUpdates = (what: string): INodeProperties => ({
	displayName: 'Cascade Updates',
	name: 'cascadeUpdates',
	type: 'boolean',
	default: false,
	description: `Whether the ${what} also applies to subscriptions that override the plan`,
});

export const chargeCascade = { ...cascadeUpdates('change'), routing: body('cascade_updates') };

/** Optional settings of a charge, for Create and Update. */
export const chargeOptions: INodeProperties[] = [
	chargeCascade,
	{
		displayName: 'Invoice Display Name',
		name: 'invoiceDisplayName',
		type: 'string',
		default: '',
		description: 'The name of the charge on invoices',
		routing: body('invoice_display_name'),
	},
	{
		displayName: 'Invoiceable',
		name: 'invoiceable',
		type: 'boolean',
		default: true,
		description: 'Whether fees paid in advance appear on an invoice',
		routing: body('invoiceable'),
	},
	{
		displayName: 'Minimum Amount (Cents)',
		name: 'minAmountCents',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The least charged per period for this charge, in cents',
		routing: body('min_amount_cents'),
	},
	{
		displayName: 'Pay in Advance',
		name: 'payInAdvance',
		type: 'boolean',
		default: false,
		description: 'Whether the charge is billed as events arrive instead of at the end of the period',
		routing: body('pay_in_advance'),
	},
	{
		displayName: 'Prorated',
		name: 'prorated',
		type: 'boolean',
		default: false,
		description: 'Whether a recurring charge is prorated when usage starts mid-period',
		routing: body('prorated'),
	},
	{
		displayName: 'Tax Codes',
		name: 'taxCodes',
		type: 'string',
		default: '',
		description: 'Comma-separated codes of taxes applied to this charge',
		routing: body('tax_codes', commaSeparated),
	},
];

export const chargePricing = (keep: boolean) => pricingFields({ models: CHARGE_MODELS, keep });
export const chargePricingPreSend = pricingPreSend('charge', { sendModel: true });

export const filterIdField: INodeProperties = {
	displayName: 'Filter ID',
	name: 'filterId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90',
	description: 'The Lago ID of the charge filter',
};

/** Fields of a charge filter (create and update): its matching values and display name. */
export const filterFields = (required: boolean): INodeProperties[] => [
	filterValueRows({ send: { type: 'body', property: 'filter.values', value: keyValuesObject } }, required),
];

export const filterOptions: INodeProperties[] = [
	{ ...cascadeUpdates('change'), routing: inWrapper('filter')('cascade_updates') },
	{
		displayName: 'Invoice Display Name',
		name: 'invoiceDisplayName',
		type: 'string',
		default: '',
		description: 'The name of the filtered fees on invoices',
		routing: inWrapper('filter')('invoice_display_name'),
	},
];
