import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

/** A check on the request that routing built, run in `preSend`: before anything is sent. */
export type RequestCheck = (this: IExecuteSingleFunctions, request: IHttpRequestOptions) => void;

type Where = 'body' | 'qs';

function container(request: IHttpRequestOptions, where: Where): IDataObject {
	if (where === 'qs') return (request.qs ??= {}) as IDataObject;
	if (typeof request.body !== 'object' || request.body === null) request.body = {};
	return request.body as IDataObject;
}

function isBlank(value: unknown) {
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
			const value = this.getNodeParameter(path, undefined) as unknown;
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

/** Two-letter ISO 3166-1 alpha-2 country code, upper-cased before sending. */
export function countryCode(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		const target = container(request, where);
		const value = target[key];
		if (isBlank(value)) return;
		const code = String(value).trim().toUpperCase();
		if (!/^[A-Z]{2}$/.test(code)) {
			throw invalidField(this, label, `must be a two-letter ISO 3166-1 country code such as "US", got "${String(value)}"`);
		}
		target[key] = code;
	};
}

/** Runs the checks in order; use as `routing.send.preSend`. */
export function validate(...checks: RequestCheck[]) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const check of checks) check.call(this, request);
		return request;
	};
}
