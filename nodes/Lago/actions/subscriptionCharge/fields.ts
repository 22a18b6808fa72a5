import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { CHARGE_MODELS } from '../planCharge/fields';
import { FIXED_CHARGE_MODELS } from '../planFixedCharge/fields';
import { codeField } from '../sharedFields/locators';
import { pricingFields, pricingPreSend } from '../sharedFields/pricing';
import { commaSeparated, inWrapper } from '../../fields';
import { filterValueRows, keyValuesObject } from '../sharedFields/routing';

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

const displayName = (wrapper: string): INodeProperties => ({
	displayName: 'Invoice Display Name',
	name: 'invoiceDisplayName',
	type: 'string',
	default: '',
	routing: inWrapper(wrapper)('invoice_display_name'),
});

const taxCodes = (wrapper: string): INodeProperties => ({
	displayName: 'Tax Codes',
	name: 'taxCodes',
	type: 'string',
	default: '',
	description: 'Comma-separated codes of taxes applied to this charge for this subscription',
	routing: inWrapper(wrapper)('tax_codes', commaSeparated),
});

export const chargeOverrideOptions: INodeProperties[] = [
	displayName('charge'),
	{
		displayName: 'Minimum Amount (Cents)',
		name: 'minAmountCents',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The least charged per period for this charge, in cents',
		routing: inWrapper('charge')('min_amount_cents'),
	},
	taxCodes('charge'),
];

export const fixedChargeOverrideOptions: INodeProperties[] = [
	{
		displayName: 'Apply Units Immediately',
		name: 'applyUnitsImmediately',
		type: 'boolean',
		default: false,
		description: 'Whether a change of units is billed now rather than from the next period',
		routing: inWrapper('fixed_charge')('apply_units_immediately'),
	},
	displayName('fixed_charge'),
	taxCodes('fixed_charge'),
	{
		displayName: 'Units',
		name: 'units',
		type: 'string',
		default: '',
		placeholder: '12',
		description: 'Units billed for this subscription, as a decimal',
		routing: inWrapper('fixed_charge')('units'),
	},
];

export const filterValues = (required: boolean) => filterValueRows({ send: { type: 'body', property: 'filter.values', value: keyValuesObject } }, required);

export const filterOptions: INodeProperties[] = [displayName('filter')];
