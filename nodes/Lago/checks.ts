import { randomUUID } from 'crypto';
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { invalidField, type RequestCheck } from '../shared/validation';

type Where = 'body' | 'qs';

function target(request: IHttpRequestOptions, where: Where): IDataObject {
	if (where === 'qs') return (request.qs ??= {}) as IDataObject;
	if (typeof request.body !== 'object' || request.body === null) request.body = {};
	return request.body as IDataObject;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Runs body checks inside Lago's wrapper object (`{"customer": {...}}`), where the shared checks cannot look. */
export function inside(wrapper: string, ...checks: RequestCheck[]): RequestCheck {
	return function (request) {
		const body = target(request, 'body');
		const existing = body[wrapper];
		const inner = (typeof existing === 'object' && existing !== null ? existing : {}) as IDataObject;
		for (const check of checks) check.call(this, { ...request, body: inner });
		// A check may fill in a missing wrapper; an empty one is not sent.
		if (existing === undefined && Object.keys(inner).length) body[wrapper] = inner;
	};
}

/** ISO 4217 code, upper-cased: Lago refuses `usd`. */
export function currency(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		const values = target(request, where);
		if (isBlank(values[key])) return;
		const code = String(values[key]).trim().toUpperCase();
		if (!/^[A-Z]{3}$/.test(code)) {
			throw invalidField(this, label, `must be a three-letter ISO 4217 currency code such as "USD", got "${String(values[key])}"`);
		}
		values[key] = code;
	};
}

/** A comma-separated list (or an array) of codes, each upper-cased and matched against `pattern`. */
export function codeList(label: string, key: string, pattern: RegExp, example: string, where: Where = 'qs'): RequestCheck {
	return function (request) {
		const values = target(request, where);
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

function toDate(value: unknown): Date | undefined {
	if (value instanceof Date) return value;
	const text = String(value).trim();
	// n8n's date picker yields local times without an offset; Lago documents UTC, so they are read as UTC.
	const withZone = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text) ? `${text}Z` : text;
	const date = new Date(withZone);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An ISO 8601 date-time, sent in UTC (`2026-08-01T00:00:00.000Z`). */
export function dateTime(label: string, key: string, where: Where = 'body'): RequestCheck {
	return function (request) {
		const values = target(request, where);
		if (isBlank(values[key])) return;
		const date = toDate(values[key]);
		if (!date) throw invalidField(this, label, `is not a date and time: "${String(values[key])}"`, 'Use ISO 8601, like 2026-08-01T00:00:00Z');
		values[key] = date.toISOString();
	};
}

/** A calendar date (`2026-08-01`). */
export function calendarDate(label: string, key: string, where: Where = 'qs'): RequestCheck {
	return function (request) {
		const values = target(request, where);
		if (isBlank(values[key])) return;
		const text = String(values[key]).trim();
		const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : toDate(text);
		if (!date || Number.isNaN(date.getTime())) {
			throw invalidField(this, label, `is not a date: "${String(values[key])}"`, 'Use YYYY-MM-DD, like 2026-08-01');
		}
		values[key] = date.toISOString().slice(0, 10);
	};
}

/**
 * When the event happened, as Lago wants it: Unix seconds, with decimals for milliseconds. Accepts seconds,
 * milliseconds (13 digits) or an ISO 8601 date-time; sent as a string so the decimals survive.
 */
export function eventTimestamp(label: string, key: string): RequestCheck {
	return function (request) {
		const values = target(request, 'body');
		const raw = values[key];
		if (isBlank(raw)) {
			delete values[key];
			return;
		}
		const number = typeof raw === 'number' ? raw : /^\d+(\.\d+)?$/.test(String(raw).trim()) ? Number(raw) : undefined;
		const date = number === undefined ? toDate(raw) : undefined;
		const seconds = number !== undefined ? (number > 1e12 ? number / 1000 : number) : date && date.getTime() / 1000;
		if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
			throw invalidField(this, label, `is not a Unix timestamp or an ISO 8601 date-time: "${String(raw)}"`);
		}
		values[key] = String(seconds);
	};
}

/** Lago deduplicates events on `transaction_id`; one is made up when missing so a resend of the same request stays a single event. */
export function transactionId(key = 'transaction_id'): RequestCheck {
	return function (request) {
		const values = target(request, 'body');
		if (isBlank(values[key])) values[key] = randomUUID();
		else values[key] = String(values[key]).trim();
	};
}

/** A decimal number written as text, like Lago's percentage rates (`"12.5"`). */
export function decimalText(label: string, key: string): RequestCheck {
	return function (request) {
		const values = target(request, 'body');
		if (isBlank(values[key])) return;
		const text = String(values[key]).trim();
		if (!/^\d+(\.\d+)?$/.test(text)) throw invalidField(this, label, `must be a positive decimal number such as 12.5, got "${text}"`);
		values[key] = text;
	};
}
