import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
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

/** Whole numbers only, e.g. amounts in cents: 19.99 must not silently become 19. */
export function wholeNumber(label: string, key: string, options: { min?: number; hint?: string } = {}): RequestCheck {
	return function (request) {
		const value = container(request, 'body')[key];
		if (isBlank(value)) return;
		const number = typeof value === 'string' ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isInteger(number)) {
			throw invalidField(this, label, `must be a whole number, got ${JSON.stringify(value)}`, options.hint);
		}
		if (options.min !== undefined && number < options.min) {
			throw invalidField(this, label, `must be at least ${options.min}, got ${number}`, options.hint);
		}
		container(request, 'body')[key] = number;
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
