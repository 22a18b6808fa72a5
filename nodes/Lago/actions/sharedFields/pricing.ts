import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField } from '../../../shared/validation';
import { json, number, rows } from '../../../shared/fields';

/**
 * The price of a charge, a fixed charge, a charge filter or a subscription override, as structured fields: the charge
 * model, then the amounts that model needs. The request's `properties` object is built from them in `pricingPreSend`.
 * Graduated and volume tiers are given by their upper bound only; the lower bounds follow (0, then the previous
 * tier's upper bound + 1) and the last tier is open-ended, as Lago requires.
 */

const MODELS = {
	standard: { name: 'Standard', description: 'One price per unit' },
	graduated: { name: 'Graduated', description: 'Tiers: each unit is priced by the tier it falls in' },
	volume: { name: 'Volume', description: 'Tiers: every unit is priced by the tier the total falls in' },
	package: { name: 'Package', description: 'A price per package of units, with free units' },
	percentage: { name: 'Percentage', description: 'A percentage of the amount in the events, with fixed fees' },
	graduated_percentage: { name: 'Graduated Percentage', description: 'Percentage tiers, given as JSON' },
	dynamic: { name: 'Dynamic', description: 'The price comes with each event' },
} as const;

export type ChargeModel = keyof typeof MODELS;

const KEEP = 'keep';
const TIERED: ChargeModel[] = ['graduated', 'volume'];
const JSON_MODELS: ChargeModel[] = ['graduated_percentage', 'dynamic'];

const when = (models: string[]) => ({ show: { chargeModel: models } });

/** The pricing fields. `keep` adds "Keep Current Price" (updates and overrides), the default then. */
export function pricingFields(options: { models: ChargeModel[]; keep?: boolean }): INodeProperties[] {
	const models = options.models;
	const has = (list: ChargeModel[]) => list.filter((model) => models.includes(model));
	const chargeModel: INodeProperties = {
		displayName: 'Charge Model',
		name: 'chargeModel',
		type: 'options',
		default: 'standard',
		description: 'How usage is priced',
		options: [
			...(options.keep ? [{ name: 'Keep Current Price', value: KEEP, description: 'Leave the price as it is' }] : []),
			...models.map((model) => ({ name: MODELS[model].name, value: model, description: MODELS[model].description })),
		],
	};
	chargeModel.default = options.keep ? KEEP : models[0];
	const fields: INodeProperties[] = [
		chargeModel,
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			default: '',
			required: true,
			placeholder: '0.50',
			description:
				'Standard: the price of one unit. Package: the price of one package. A decimal in the currency of the plan, not in cents.',
			displayOptions: when(has(['standard', 'package'])),
		},
	];
	if (models.includes('package')) {
		fields.push(
			number('packageSize', 'Package Size', 'Number of units in one package; a started package is charged in full', undefined, { default: 1, typeOptions: { minValue: 1 }, displayOptions: when(['package']) }),
			number('freeUnits', 'Free Units', 'Number of units not charged in each billing period', undefined, { typeOptions: { minValue: 0 }, displayOptions: when(['package']) }),
		);
	}
	if (models.includes('percentage')) {
		fields.push(
			{
				displayName: 'Rate (%)',
				name: 'rate',
				type: 'string',
				default: '',
				required: true,
				placeholder: '1.5',
				description: 'The percentage of the amount aggregated by the billable metric',
				displayOptions: when(['percentage']),
			},
			{
				displayName: 'Percentage Options',
				name: 'percentageOptions',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: when(['percentage']),
				options: [
					{ displayName: 'Fixed Fee Per Transaction', name: 'fixedAmount', type: 'string', default: '', placeholder: '0.30', description: 'A decimal in the currency of the plan' },
					{ displayName: 'Free Amount', name: 'freeUnitsPerTotalAggregation', type: 'string', default: '', placeholder: '500', description: 'Amount not charged in each billing period, as a decimal' },
					number('freeUnitsPerEvents', 'Free Transactions', 'Number of transactions not charged in each billing period', undefined, { typeOptions: { minValue: 0, numberPrecision: 0 } }),
					{ displayName: 'Maximum Fee Per Transaction', name: 'perTransactionMaxAmount', type: 'string', default: '', placeholder: '10', description: 'A decimal in the currency of the plan' },
					{ displayName: 'Minimum Fee Per Transaction', name: 'perTransactionMinAmount', type: 'string', default: '', placeholder: '0.10', description: 'A decimal in the currency of the plan' },
				],
			},
		);
	}
	if (has(TIERED).length) {
		fields.push(rows('tiers', 'Tiers', 'From the lowest to the highest. Each tier starts where the previous one ended; the last has no upper limit.', 'Add Tier', { name: 'tier', displayName: 'Tier', values: [
			number('upTo', 'Up To (Units)', 'The number of units the tier goes up to (its last unit); ignored on the last tier, which has no upper limit', undefined, { typeOptions: { minValue: 0 } }),
			{
				displayName: 'Price Per Unit',
				name: 'perUnitAmount',
				type: 'string',
				default: '0',
				placeholder: '0.50',
				description: 'A decimal in the currency of the plan',
			},
			{
				displayName: 'Flat Fee',
				name: 'flatAmount',
				type: 'string',
				default: '0',
				placeholder: '10',
				description: 'Charged once when usage reaches the tier, as a decimal',
			},
		] }, { typeOptions: { multipleValues: true, sortable: true }, displayOptions: when(has(TIERED)) }));
	}
	if (has(JSON_MODELS).length) {
		fields.push(json('propertiesJson', 'Properties (JSON)', "The charge's properties as Lago documents them for this model, e.g. {\"graduated_percentage_ranges\": [...]}", undefined, { displayOptions: when(has(JSON_MODELS)) }));
	}
	return fields;
}

const DECIMAL = /^\d+(\.\d+)?$/;

function decimal(ctx: IExecuteSingleFunctions, label: string, value: unknown, required = false): string | undefined {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (!text) {
		if (required) throw invalidField(ctx, label, 'is required');
		return undefined;
	}
	if (!DECIMAL.test(text)) throw invalidField(ctx, label, `must be a decimal number such as 0.50, got "${text}"`);
	return text;
}

function tiers(ctx: IExecuteSingleFunctions) {
	const tiers = (ctx.getNodeParameter('tiers.tier', []) as IDataObject[]) ?? [];
	if (!tiers.length) throw invalidField(ctx, 'Tiers', 'needs at least one tier');
	let from = 0;
	return tiers.map((row, index) => {
		const last = index === tiers.length - 1;
		const upTo = Number(row.upTo);
		if (!last && (!Number.isInteger(upTo) || upTo < from)) {
			throw invalidField(ctx, 'Tiers', `tier ${index + 1} must end at a whole number of units of at least ${from}, got ${String(row.upTo)}`);
		}
		const range = {
			from_value: from,
			to_value: last ? null : upTo,
			per_unit_amount: decimal(ctx, `Tier ${index + 1} Price Per Unit`, row.perUnitAmount) ?? '0',
			flat_amount: decimal(ctx, `Tier ${index + 1} Flat Fee`, row.flatAmount) ?? '0',
		};
		from = upTo + 1;
		return range;
	});
}

/** The `properties` of the chosen model, or undefined for "Keep Current Price". */
export function pricingProperties(ctx: IExecuteSingleFunctions): { model: string; properties: IDataObject } | undefined {
	const model = ctx.getNodeParameter('chargeModel', KEEP) as string;
	if (model === KEEP) return undefined;
	const properties: IDataObject = {};
	if (model === 'standard') properties.amount = decimal(ctx, 'Amount', ctx.getNodeParameter('amount', ''), true);
	if (model === 'package') {
		properties.amount = decimal(ctx, 'Amount', ctx.getNodeParameter('amount', ''), true);
		properties.package_size = ctx.getNodeParameter('packageSize', 1) as number;
		properties.free_units = ctx.getNodeParameter('freeUnits', 0) as number;
	}
	if (model === 'percentage') {
		properties.rate = decimal(ctx, 'Rate (%)', ctx.getNodeParameter('rate', ''), true);
		const more = ctx.getNodeParameter('percentageOptions', {}) as IDataObject;
		// Option (camelCase) → Lago's property and the option's label.
		const decimals: Array<[string, string, string]> = [
			['fixedAmount', 'fixed_amount', 'Fixed Fee Per Transaction'],
			['freeUnitsPerTotalAggregation', 'free_units_per_total_aggregation', 'Free Amount'],
			['perTransactionMaxAmount', 'per_transaction_max_amount', 'Maximum Fee Per Transaction'],
			['perTransactionMinAmount', 'per_transaction_min_amount', 'Minimum Fee Per Transaction'],
		];
		for (const [option, property, label] of decimals) {
			const value = decimal(ctx, label, more[option]);
			if (value !== undefined) properties[property] = value;
		}
		if (more.freeUnitsPerEvents !== undefined) properties.free_units_per_events = more.freeUnitsPerEvents;
	}
	if (model === 'graduated') properties.graduated_ranges = tiers(ctx);
	if (model === 'volume') properties.volume_ranges = tiers(ctx);
	if ((JSON_MODELS as string[]).includes(model)) {
		let value: unknown = ctx.getNodeParameter('propertiesJson', '{}');
		if (typeof value === 'string') {
			try {
				value = JSON.parse(value || '{}');
			} catch (error) {
				throw invalidField(ctx, 'Properties (JSON)', `is not valid JSON: ${(error as Error).message}`);
			}
		}
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			throw invalidField(ctx, 'Properties (JSON)', 'must be a JSON object');
		}
		Object.assign(properties, value);
	}
	return { model, properties };
}

/** Puts the price into `body[wrapper]`: `properties`, and `charge_model` when the API takes it there. */
export function pricingPreSend(wrapper: string, options: { sendModel: boolean }) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const pricing = pricingProperties(this);
		if (!pricing) return request;
		const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as IDataObject;
		const inner = (body[wrapper] ?? {}) as IDataObject;
		inner.properties = { ...(inner.properties as IDataObject | undefined), ...pricing.properties };
		if (options.sendModel) inner.charge_model = pricing.model;
		body[wrapper] = inner;
		request.body = body;
		return request;
	};
}
