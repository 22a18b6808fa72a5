import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { codeField } from '../sharedFields/locators';
import { pricingFields, pricingPreSend, type ChargeModel } from '../sharedFields/pricing';
import { commaSeparated, inWrapper } from '../../fields';
import { boolean, text } from '../../../shared/fields';

export { planLocator } from '../sharedFields/locators';

const body = inWrapper('fixed_charge');

export const FIXED_CHARGE_MODELS: ChargeModel[] = ['standard', 'graduated', 'volume'];

export const fixedChargeOutput = unwrap('fixed_charge');

export const fixedChargeCode = codeField('Fixed Charge Code', 'fixedChargeCode', 'setup_fee', 'The code of the fixed charge in the plan');

export const fixedChargePricing = (keep: boolean) => pricingFields({ models: FIXED_CHARGE_MODELS, keep });
export const fixedChargePricingPreSend = (sendModel: boolean) => pricingPreSend('fixed_charge', { sendModel });

export const cascadeUpdates: INodeProperties = boolean('cascadeUpdates', 'Cascade Updates', 'Whether the change also applies to subscriptions that override the plan', body('cascade_updates'));

export const unitsField: INodeProperties = text('units', 'Units', 'How many units of the add-on are billed each period, as a decimal', body('units'), { default: '1', placeholder: '1' });

/** Optional settings of a fixed charge, for Create and Update (also subscription overrides, without cascade). */
export const fixedChargeOptions: INodeProperties[] = [
	boolean('applyUnitsImmediately', 'Apply Units Immediately', 'Whether a change of units is billed now rather than from the next period', body('apply_units_immediately')),
	text('invoiceDisplayName', 'Invoice Display Name', undefined, body('invoice_display_name')),
	text('taxCodes', 'Tax Codes', 'Comma-separated codes of taxes applied to this fixed charge', body('tax_codes', commaSeparated)),
];
