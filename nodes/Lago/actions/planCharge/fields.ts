import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { pricingFields, pricingPreSend, type ChargeModel } from '../sharedFields/pricing';
import { commaSeparated, inWrapper, lagoLocator } from '../../fields';
import { filterValueRows, keyValuesObject } from '../sharedFields/routing';
import { boolean, number, text } from '../../../shared/fields';

export { planChargeLocator, planLocator } from '../sharedFields/locators';

const body = inWrapper('charge');

export const CHARGE_MODELS: ChargeModel[] = ['standard', 'graduated', 'volume', 'package', 'percentage', 'graduated_percentage', 'dynamic'];

export const chargeOutput = unwrap('charge');
export const filterOutput = unwrap('filter');

/** The billable metric a charge prices, by its Lago ID: the one identifier Lago's charge input takes. */
export const billableMetricIdLocator: INodeProperties = lagoLocator({
	displayName: 'Billable Metric',
	name: 'billableMetricId',
	description: 'The billable metric whose usage the charge prices',
	searchListMethod: 'searchBillableMetricIds',
	by: 'id',
	hint: 'The Lago ID (lago_id) of the billable metric, not its code',
	routing: body('billable_metric_id'),
});

const cascadeUpdates = (what: string): INodeProperties => (boolean('cascadeUpdates', 'Cascade Updates', `Whether the ${what} also applies to subscriptions that override the plan`));

export const chargeCascade = { ...cascadeUpdates('change'), routing: body('cascade_updates') };

/** Optional settings of a charge, for Create and Update. */
export const chargeOptions: INodeProperties[] = [
	chargeCascade,
	text('invoiceDisplayName', 'Invoice Display Name', 'The name of the charge on invoices', body('invoice_display_name')),
	boolean('invoiceable', 'Invoiceable', 'Whether fees paid in advance appear on an invoice', body('invoiceable'), { default: true }),
	number('minAmountCents', 'Minimum Amount (Cents)', 'The least charged per period for this charge, in cents', body('min_amount_cents'), { typeOptions: { minValue: 0 } }),
	boolean('payInAdvance', 'Pay in Advance', 'Whether the charge is billed as events arrive instead of at the end of the period', body('pay_in_advance')),
	boolean('prorated', 'Prorated', 'Whether a recurring charge is prorated when usage starts mid-period', body('prorated')),
	text('taxCodes', 'Tax Codes', 'Comma-separated codes of taxes applied to this charge', body('tax_codes', commaSeparated)),
];

export const chargePricing = (keep: boolean) => pricingFields({ models: CHARGE_MODELS, keep });
export const chargePricingPreSend = pricingPreSend('charge', { sendModel: true });

export const filterIdField: INodeProperties = text('filterId', 'Filter ID', 'The Lago ID of the charge filter', undefined, { required: true, placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90' });

/** Fields of a charge filter (create and update): its matching values and display name. */
export const filterFields = (required: boolean): INodeProperties[] => [
	filterValueRows({ send: { type: 'body', property: 'filter.values', value: keyValuesObject } }, required),
];

export const filterOptions: INodeProperties[] = [
	{ ...cascadeUpdates('change'), routing: inWrapper('filter')('cascade_updates') },
	text('invoiceDisplayName', 'Invoice Display Name', 'The name of the filtered fees on invoices', inWrapper('filter')('invoice_display_name')),
];
