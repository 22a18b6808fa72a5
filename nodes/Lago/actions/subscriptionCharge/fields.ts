import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { CHARGE_MODELS } from '../planCharge/fields';
import { FIXED_CHARGE_MODELS } from '../planFixedCharge/fields';
import { codeField } from '../sharedFields/locators';
import { pricingFields, pricingPreSend } from '../sharedFields/pricing';
import { commaSeparated, inWrapper } from '../../fields';
import { filterValueRows, keyValuesObject } from '../sharedFields/routing';
import { boolean, number, text } from '../../../shared/fields';

export { subscriptionLocator, subscriptionStatus } from '../sharedFields/locators';

export const chargeOutput = unwrap('charge');
export const fixedChargeOutput = unwrap('fixed_charge');
export const filterOutput = unwrap('filter');

export const chargeCodeField = codeField('Charge Code', 'chargeCode', 'api_requests', 'The code of the charge in the plan of the subscription');
export const fixedChargeCodeField = codeField('Fixed Charge Code', 'fixedChargeCode', 'seats', 'The code of the fixed charge in the plan of the subscription');
export const filterIdField = codeField('Filter ID', 'filterId', '1a901a90-1a90-1a90-1a90-1a901a901a90', 'The Lago ID of the charge filter');

/**
 * An override keeps the model of the plan's charge: the model chosen here only selects the price fields and is not
 * sent. "Keep Current Price" leaves the price alone.
 */
const overridePricing = (models: typeof CHARGE_MODELS) =>
	pricingFields({ models, keep: true }).map((field) =>
		field.name === 'chargeModel' ? { ...field, description: "The model of the plan's charge, whose price fields to show; not sent" } : field,
	);

export const chargeOverridePricing = overridePricing(CHARGE_MODELS);
export const fixedChargeOverridePricing = overridePricing(FIXED_CHARGE_MODELS);
export const overridePreSend = (wrapper: string) => pricingPreSend(wrapper, { sendModel: false });

const displayName = (wrapper: string): INodeProperties => (text('invoiceDisplayName', 'Invoice Display Name', undefined, inWrapper(wrapper)('invoice_display_name')));

const taxCodes = (wrapper: string): INodeProperties => (text('taxCodes', 'Tax Codes', 'Comma-separated codes of taxes applied to this charge for this subscription', inWrapper(wrapper)('tax_codes', commaSeparated)));

export const chargeOverrideOptions: INodeProperties[] = [
	displayName('charge'),
	number('minAmountCents', 'Minimum Amount (Cents)', 'The least charged per period for this charge, in cents', inWrapper('charge')('min_amount_cents'), { typeOptions: { minValue: 0 } }),
	taxCodes('charge'),
];

export const fixedChargeOverrideOptions: INodeProperties[] = [
	boolean('applyUnitsImmediately', 'Apply Units Immediately', 'Whether a change of units is billed now rather than from the next period', inWrapper('fixed_charge')('apply_units_immediately')),
	displayName('fixed_charge'),
	taxCodes('fixed_charge'),
	text('units', 'Units', 'Units billed for this subscription, as a decimal', inWrapper('fixed_charge')('units'), { placeholder: '12' }),
];

export const filterValues = (required: boolean) => filterValueRows({ send: { type: 'body', property: 'filter.values', value: keyValuesObject } }, required);

export const filterOptions: INodeProperties[] = [displayName('filter')];
