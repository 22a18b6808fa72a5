import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties, PostReceiveAction } from 'n8n-workflow';
import { options, rows, text } from '../shared/fields';
import { simplified } from '../shared/output';

import { invalidField } from '../shared/validation';
import { LAGO_ID, lagoLocator, toBody } from './fields';

export const invoiceLocator = lagoLocator({
	displayName: 'Invoice',
	name: 'invoiceId',
	description: 'The invoice to act on',
	searchListMethod: 'searchInvoices',
	by: 'id',
	hint: 'The Lago ID of the invoice (lago_id), not its number',
});

export const creditNoteLocator = lagoLocator({
	displayName: 'Credit Note',
	name: 'creditNoteId',
	description: 'The credit note to act on',
	searchListMethod: 'searchCreditNotes',
	by: 'id',
	hint: 'The Lago ID of the credit note (lago_id), not its number',
});

export const walletLocator = lagoLocator({
	displayName: 'Wallet',
	name: 'walletId',
	description: "The wallet to act on. The list shows the wallets of the customer chosen in the node; without one, type a customer's external ID to see theirs.",
	searchListMethod: 'searchWallets',
	by: 'id',
	hint: 'The Lago ID of the wallet (lago_id), not its code',
});

export const couponLocator = lagoLocator({
	displayName: 'Coupon',
	name: 'couponCode',
	description: 'The coupon to act on',
	searchListMethod: 'searchCoupons',
	by: 'code',
	placeholder: 'startup_deal',
	hint: 'The code of the coupon, as given when it was created',
});

export const addOnLocator = lagoLocator({
	displayName: 'Add-On',
	name: 'addOnCode',
	description: 'The add-on to act on',
	searchListMethod: 'searchAddOns',
	by: 'code',
	placeholder: 'setup_fee',
	hint: 'The code of the add-on, as given when it was created',
});

/** A customer by the external ID your application gave it (the only ID Lago's routes accept), sent at `property`. */
export function billingCustomer(property?: string, description = 'The customer, by the external ID your application gave it'): INodeProperties {
	return lagoLocator({
		displayName: 'Customer',
		name: 'customer',
		description,
		searchListMethod: 'searchCustomers',
		by: 'externalId',
		placeholder: '5eb02857-a71e-4ea2-bcf9-57d3a41bc6ba',
		routing: property ? toBody(property) : undefined,
	});
}

/** A plain Lago ID field (records that have no list search), checked as a UUID by the editor. */
export function lagoIdField(displayName: string, name: string, description: string, property?: string): INodeProperties {
	return text(name, displayName, description, property ? toBody(property) : undefined, { required: true, placeholder: LAGO_ID });
}

/** The fields of an invoice a workflow usually needs (Simplify on). */
export const INVOICE_FIELDS = [
	'lago_id',
	'number',
	'status',
	'payment_status',
	'invoice_type',
	'currency',
	'issuing_date',
	'payment_due_date',
	'payment_overdue',
	'fees_amount_cents',
	'taxes_amount_cents',
	'sub_total_excluding_taxes_amount_cents',
	'total_amount_cents',
	'file_url',
	'customer',
	'metadata',
	'created_at',
];

/** The fields of a customer a workflow usually needs (Simplify on). */
export const CUSTOMER_FIELDS = [
	'lago_id',
	'external_id',
	'name',
	'firstname',
	'lastname',
	'customer_type',
	'email',
	'phone',
	'country',
	'currency',
	'legal_name',
	'tax_identification_number',
	'billing_entity_code',
	'timezone',
	'metadata',
	'created_at',
];

/** The fields of a wallet a workflow usually needs (Simplify on). */
export const WALLET_FIELDS = [
	'lago_id',
	'external_customer_id',
	'code',
	'name',
	'status',
	'currency',
	'rate_amount',
	'credits_balance',
	'balance_cents',
	'consumed_credits',
	'credits_ongoing_balance',
	'ongoing_balance_cents',
	'priority',
	'expiration_at',
	'recurring_transaction_rules',
	'created_at',
	'terminated_at',
];

function setIn(target: IDataObject, path: string, value: unknown) {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject;
}

/** Key/value pairs typed in the editor: a fixedCollection `{ pair: [{ key, value }] }`. */
export function keyValueField(displayName: string, name: string, description: string): INodeProperties {
	return rows(name, displayName, description, 'Add Key', {
		name: 'pair',
		displayName: 'Pair',
		values: [text('key', 'Key', 'At most 100 characters'), text('value', 'Value', 'At most 255 characters')],
	});
}

/**
 * Sends the pairs of a `keyValueField` (parameter path `parameter`) at body path `bodyPath`: as an object
 * (`{"plan": "pro"}`) or as Lago's list form (`[{"key": "plan", "value": "pro"}]`). Nothing is sent without pairs,
 * unless `always` (a replace that may clear everything). A pair without a key is refused, naming the field.
 */
export function sendPairs(label: string, parameter: string, bodyPath: string, shape: 'object' | 'list', always = false) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const given = this.getNodeParameter(parameter, {}) as { pair?: Array<{ key?: string; value?: string }> };
		const pairs = given.pair ?? [];
		if (!pairs.length && !always) return request;
		for (const [index, pair] of pairs.entries()) {
			if (!String(pair.key ?? '').trim()) throw invalidField(this, label, `pair ${index + 1} has no key`);
		}
		const cleaned = pairs.map((p) => ({ key: String(p.key).trim(), value: String(p.value ?? '') }));
		const value = shape === 'object' ? Object.fromEntries(cleaned.map((p) => [p.key, p.value])) : cleaned;
		if (typeof request.body !== 'object' || request.body === null) request.body = {};
		setIn(request.body as IDataObject, bodyPath, value);
		return request;
	};
}

/** The payment method Lago should use, as an option of an Additional Fields collection (body path `path`). */
export function paymentMethodOptions(path: string): INodeProperties[] {
	return [
		options('paymentMethodType', 'Payment Method Type', undefined, [
			['Provider', 'provider', "The customer's payment provider (Stripe, GoCardless…)"],
			['Manual', 'manual', 'Paid outside Lago; no charge is attempted'],
		], 'provider', { type: 'body', property: `${path}.payment_method_type` }),
		{
			displayName: 'Payment Method ID',
			name: 'paymentMethodId',
			type: 'string',
			default: '',
			placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90',
			description: "The Lago ID of one of the customer's payment methods, for a provider payment; the default method otherwise",
			routing: { send: { type: 'body', property: `${path}.payment_method_id` } },
		},
	];
}

/**
 * Sends the rows of a fixedCollection (`parameter` holding `{ [group]: rows }`, or one row) as a list at body
 * path `bodyPath`, each row shaped by `row` (blank values left out). `required` refuses an empty list.
 */
export function sendRows(
	label: string,
	parameter: string,
	group: string,
	bodyPath: string,
	row: (values: IDataObject, index: number, fail: (problem: string) => never) => IDataObject,
	required = false,
) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const given = this.getNodeParameter(parameter, {}) as IDataObject;
		// A fixedCollection without multiple values holds one object, not a list.
		const held = given[group] ?? [];
		const entries = (Array.isArray(held) ? held : [held]) as IDataObject[];
		if (!entries.length) {
			if (required) throw invalidField(this, label, 'needs at least one entry');
			return request;
		}
		const list = entries.map((values, index) => {
			const fail = (problem: string): never => {
				throw invalidField(this, label, `entry ${index + 1}: ${problem}`);
			};
			const shaped = row(values, index, fail);
			return Object.fromEntries(Object.entries(shaped).filter(([, v]) => v !== undefined && v !== '' && v !== null)) as IDataObject;
		});
		if (typeof request.body !== 'object' || request.body === null) request.body = {};
		setIn(request.body as IDataObject, bodyPath, list);
		return request;
	};
}

/** A comma-separated text, as a list of its non-empty parts; undefined when there are none. */
export function listOf(value: unknown): string[] | undefined {
	const parts = String(value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s);
	return parts.length ? parts : undefined;
}

/** An ISO 8601 date-time for Lago, from the editor's date picker (which has no zone: read as UTC) or a full one. */
export function isoDateTime(value: unknown, fail: (problem: string) => never): string | undefined {
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	const text = String(value).trim();
	const zoned = /[zZ]$|[+-]\d{2}:?\d{2}$/.test(text) ? text : /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : `${text}Z`;
	const date = new Date(zoned);
	if (Number.isNaN(date.getTime())) fail(`"${text}" is not a date and time; use ISO 8601, like 2026-08-01T00:00:00Z`);
	return date.toISOString();
}

/** Lago's `{"invoice": {...}}` as the record itself, simplified to `fields` when the Simplify switch is on. */
export function recordOutput(property: string, fields?: string[]): PostReceiveAction[] {
	return [unwrapRecord(property), ...(fields ? [simplified(fields)] : [])];
}

/**
 * Lago's `{"payment": {...}}` as the record itself. Lago's document describes some answers without their wrapper
 * (a payment, a wallet transaction), so a record that comes unwrapped is passed on as it is.
 */
export function unwrapRecord(property: string) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return items.map((item) => {
			const inner = item.json[property];
			return inner && typeof inner === 'object' && !Array.isArray(inner) ? { ...item, json: inner as IDataObject } : item;
		});
	};
}

/** A page of a Lago list, its records simplified to `fields` when the Simplify switch is on. */
export function listOutput(property: string, fields: string[]): PostReceiveAction[] {
	return [simplified(fields, property)];
}

/** Makes sure the body has the object `property` Lago requires, even when no field filled it in. */
export function ensureObject(property: string) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (typeof request.body !== 'object' || request.body === null) request.body = {};
		const body = request.body as IDataObject;
		if (typeof body[property] !== 'object' || body[property] === null) body[property] = {};
		return request;
	};
}
