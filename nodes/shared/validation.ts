import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions, type IHttpRequestOptions, type INodeProperties } from 'n8n-workflow';

/** A check on the request that routing built, run in `preSend`: before anything is sent. */
export type RequestCheck = (this: IExecuteSingleFunctions, request: IHttpRequestOptions) => void;

type Where = 'body' | 'qs';

function container(request: IHttpRequestOptions, where: Where): IDataObject {
	if (where === 'qs') return (request.qs ??= {}) as IDataObject;
	if (typeof request.body !== 'object' || request.body === null) request.body = {};
	return request.body as IDataObject;
}

export function isBlank(value: unknown) {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** An error that names the field, the item and what is wrong, in the editor's words. */
export function invalidField(ctx: IExecuteSingleFunctions, label: string, problem: string, hint?: string) {
	const itemIndex = ctx.getItemIndex();
	return new NodeOperationError(ctx.getNode(), `${label} ${problem} (item ${itemIndex})`, {
		itemIndex,
		description: hint,
	});
}

export function required(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		if (isBlank(container(request, where)[key])) throw invalidField(this, label, 'is required');
	};
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		const value = container(request, where)[key];
		if (isBlank(value)) return;
		if (typeof value !== 'string' || !EMAIL.test(value.trim())) {
			throw invalidField(this, label, `is not a valid email address: "${String(value)}"`);
		}
		container(request, where)[key] = value.trim();
	};
}

/** Why a number cannot be sent, or undefined when it can: NaN, ±Infinity and numbers beyond the safe integers
 * (1e300) are refused everywhere; `integer` refuses fractions, `min`/`max` the range. */
export function numberProblem(value: unknown, options: { min?: number; max?: number; integer?: boolean } = {}): string | undefined {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number') return `must be a number, got ${describe(value)}`;
	if (Number.isNaN(number)) return `must be a number, got ${describe(value)}`;
	if (!Number.isFinite(number)) return `must be a finite number, got ${String(number)}`;
	if (Math.abs(number) > Number.MAX_SAFE_INTEGER) return `is too large: ${String(number)} is beyond ${Number.MAX_SAFE_INTEGER}`;
	if (options.integer && !Number.isInteger(number)) return `must be a whole number, got ${String(number)}`;
	if (options.min !== undefined && number < options.min) return `must be at least ${options.min}, got ${String(number)}`;
	if (options.max !== undefined && number > options.max) return `must be at most ${options.max}, got ${String(number)}`;
	return undefined;
}

/** A short rendering of a value for an error message. */
function describe(value: unknown): string {
	if (typeof value === 'number') return String(value);
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Whole numbers only, e.g. amounts in cents: 19.99 must not silently become 19, 1e300 must not be sent. */
export function wholeNumber(label: string, key: string, options: { min?: number; max?: number; hint?: string; where?: Where } = {}): RequestCheck {
	const where = options.where ?? 'body';
	return function (request) {
		const value = container(request, where)[key];
		if (isBlank(value)) return;
		const problem = numberProblem(value, { ...options, integer: true });
		if (problem) throw invalidField(this, label, problem, options.hint);
		container(request, where)[key] = Number(value);
	};
}

/**
 * Checks every number field of an operation as the node parameter holds it (an expression may yield NaN, Infinity
 * or 1e300, which JSON would send as null or the API would round). The field's own `typeOptions` say the range and
 * whether fractions are allowed (`numberPrecision: 0`). Collection options are checked under their collection.
 */
export function numberFields(fields: INodeProperties[]): RequestCheck | undefined {
	const targets: Array<{ path: string; label: string; field: INodeProperties }> = [];
	for (const field of fields) {
		if (field.type === 'number') targets.push({ path: field.name, label: field.displayName, field });
		if (field.type === 'collection') {
			for (const option of (field.options ?? []) as INodeProperties[]) {
				if (option.type === 'number') {
					targets.push({ path: `${field.name}.${option.name}`, label: `${field.displayName} › ${option.displayName}`, field: option });
				}
			}
		}
	}
	if (targets.length === 0) return undefined;
	return function () {
		for (const { path, label, field } of targets) {
			const value = this.getNodeParameter(path, null) as unknown;
			if (value === undefined || value === null || value === '') continue;
			const options = field.typeOptions ?? {};
			const problem = numberProblem(value, {
				min: typeof options.minValue === 'number' ? options.minValue : undefined,
				max: typeof options.maxValue === 'number' ? options.maxValue : undefined,
				integer: options.numberPrecision === 0,
			});
			if (problem) throw invalidField(this, label, problem);
		}
	};
}

/** A value that must match a pattern (an ID format, for instance); trimmed before sending. */
export function matches(
	label: string,
	key: string,
	options: { pattern: RegExp; problem: string; hint?: string; where?: Where },
): RequestCheck {
	return function (request) {
		const target = container(request, options.where ?? 'body');
		if (isBlank(target[key])) return;
		const value = String(target[key]).trim();
		if (!options.pattern.test(value)) throw invalidField(this, label, `${options.problem}, got "${value}"`, options.hint);
		target[key] = value;
	};
}

/**
 * Refuses an update that changes nothing, before anything is sent: at least one field of the collection (Update
 * Fields) must be set. Used through `requireSomeOf` in defineOperation.
 */
export function someFieldSet(label: string, collection: string): RequestCheck {
	return function () {
		const value = this.getNodeParameter(collection, {}) as Record<string, unknown> | undefined;
		const set = Object.values(value ?? {}).some((field) => field !== undefined && field !== null);
		if (!set) {
			throw invalidField(this, 'Nothing to update:', `add at least one field to ${label}`, 'An update with no field to change is not sent.');
		}
	};
}

/** Accepts a JSON object or its text; anything else (an array, a number, broken JSON) is refused. */
export function jsonObject(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		const target = container(request, where);
		let value = target[key];
		if (isBlank(value)) {
			delete target[key];
			return;
		}
		if (typeof value === 'string') {
			try {
				value = JSON.parse(value);
			} catch (error) {
				throw invalidField(this, label, `is not valid JSON: ${(error as Error).message}`);
			}
		}
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			throw invalidField(this, label, 'must be a JSON object, like {"plan": "pro"}');
		}
		target[key] = value as IDataObject;
	};
}

/** A code of a fixed form (`pattern`, upper case), upper-cased before sending; `form` says what was expected. */
function upperCaseCode(pattern: RegExp, form: string) {
	return function (label: string, key: string, where: Where = 'body'): RequestCheck {
		return function (request) {
			const values = container(request, where);
			if (isBlank(values[key])) return;
			const code = String(values[key]).trim().toUpperCase();
			if (!pattern.test(code)) throw invalidField(this, label, `must be ${form}, got "${String(values[key])}"`);
			values[key] = code;
		};
	};
}

/** Two-letter ISO 3166-1 alpha-2 country code, upper-cased before sending. */
export const countryCode = upperCaseCode(/^[A-Z]{2}$/, 'a two-letter ISO 3166-1 country code such as "US"');

/** Three-letter ISO 4217 currency code, upper-cased before sending (Lago refuses `usd`). */
export const currency = upperCaseCode(/^[A-Z]{3}$/, 'a three-letter ISO 4217 currency code such as "USD"');

/** A comma-separated list (or an array) of codes, each upper-cased and matched against `pattern`. */
export function codeList(label: string, key: string, pattern: RegExp, example: string, where: Where = 'qs'): RequestCheck {
	return function (request) {
		const values = container(request, where);
		const raw = values[key];
		if (isBlank(raw)) {
			delete values[key];
			return;
		}
		const codes = (Array.isArray(raw) ? raw : String(raw).split(','))
			.map((code) => String(code).trim().toUpperCase())
			.filter(Boolean);
		const wrong = codes.find((code) => !pattern.test(code));
		if (wrong !== undefined) throw invalidField(this, label, `has an invalid code "${wrong}"`, `Use codes such as ${example}, separated by commas`);
		values[key] = codes;
	};
}

/** A date from a Date or text; a date-time without an offset is read as UTC. */
export function toDate(value: unknown): Date | undefined {
	if (value instanceof Date) return value;
	const text = String(value).trim();
	// n8n's date picker yields local times without an offset; the vendors document UTC, so they are read as UTC.
	const withZone = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text) ? `${text}Z` : text;
	const date = new Date(withZone);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An ISO 8601 date-time, sent in UTC (`2026-08-01T00:00:00.000Z`). */
export function dateTime(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		const values = container(request, where);
		if (isBlank(values[key])) return;
		const date = toDate(values[key]);
		if (!date) throw invalidField(this, label, `is not a date and time: "${String(values[key])}"`, 'Use ISO 8601, like 2026-08-01T00:00:00Z');
		values[key] = date.toISOString();
	};
}

/** A calendar date (`2026-08-01`). */
export function calendarDate(label: string, key: string, where: Where = 'qs'): RequestCheck {
	return function (request) {
		const values = container(request, where);
		if (isBlank(values[key])) return;
		const text = String(values[key]).trim();
		const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : toDate(text);
		if (!date || Number.isNaN(date.getTime())) {
			throw invalidField(this, label, `is not a date: "${String(values[key])}"`, 'Use YYYY-MM-DD, like 2026-08-01');
		}
		values[key] = date.toISOString().slice(0, 10);
	};
}

/** A positive decimal number sent as text, like Lago's percentage rates (`"12.5"`). */
export function decimalText(label: string, key: string): RequestCheck {
	return function (request) {
		const values = container(request, 'body');
		if (isBlank(values[key])) return;
		const text = String(values[key]).trim();
		if (!/^\d+(\.\d+)?$/.test(text)) throw invalidField(this, label, `must be a positive decimal number such as 12.5, got "${text}"`);
		values[key] = text;
	};
}

/** Runs the checks in order; use as `routing.send.preSend`. */
export function validate(...checks: RequestCheck[]) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const check of checks) check.call(this, request);
		return request;
	};
}
