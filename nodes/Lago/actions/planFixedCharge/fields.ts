import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { codeField } from '../sharedFields/locators';
import { pricingFields, pricingPreSend, type ChargeModel } from '../sharedFields/pricing';
import { commaSeparated, inWrapper } from '../../fields';

export { planLocator } from '../sharedFields/locators';

const body = inWrapper('fixed_charge');

export const FIXED_CHARGE_MODELS: ChargeModel[] = ['standard', 'graduated', 'volume'];

export const fixedChargeOutput = unwrap('fixed_charge');

export const fixedChargeCode = codeField('Fixed Charge Code', 'fixedChargeCode', 'setup_fee', 'The code of the fixed charge in the plan');

export const fixedChargePricing = (keep: boolean) => pricingFields({ models: FIXED_CHARGE_MODELS, keep });
export const fixedChargePricingPreSend = (sendModel: boolean) => pricingPreSend('fixed_charge', { sendModel });

export const cascadeUpdates: INodeProperties = {
	displayName: 'Cascade Updates',
	name: 'cascadeUpdates',
	type: 'boolean',
	default: false,
	description: 'Whether the change also applies to subscriptions that override the plan',
	routing: body('cascade_updates'),
};

export const unitsField: INodeProperties = {
	displayName: 'Units',
	name: 'units',
	type: 'string',
	default: '1',
	placeholder: '1',
	description: 'How many units of the add-on are billed each period, as a decimal',
	routing: body('units'),
};

/** Optional settings of a fixed charge, for Create and Update (also subscription overrides, without cascade). */
export const fixedChargeOptions: INodeProperties[] = [
	{
		displayName: 'Apply Units Immediately',
		name: 'applyUnitsImmediately',
		type: 'boolean',
		default: false,
		description: 'Whether a change of units is billed now rather than from the next period',
		routing: body('apply_units_immediately'),
	},
	{
		displayName: 'Invoice Display Name',
		name: 'invoiceDisplayName',
		type: 'string',
		default: '',
		routing: body('invoice_display_name'),
	},
	{
		displayName: 'Tax Codes',
		name: 'taxCodes',
		type: 'string',
		default: '',
		description: 'Comma-separated codes of taxes applied to this fixed charge',
		routing: body('tax_codes', commaSeparated),
	},
];
