import { randomUUID } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { invalidField, isBlank, toDate, type RequestCheck } from '../shared/validation';

function bodyOf(request: { body?: unknown }): IDataObject {
	if (typeof request.body !== 'object' || request.body === null) request.body = {};
	return request.body as IDataObject;
}

/** Runs body checks inside Lago's wrapper object (`{"customer": {...}}`), where the shared checks cannot look. */
export function inside(wrapper: string, ...checks: RequestCheck[]): RequestCheck {
	return function (request) {
		const body = bodyOf(request);
		const existing = body[wrapper];
		const inner = (typeof existing === 'object' && existing !== null ? existing : {}) as IDataObject;
		for (const check of checks) check.call(this, { ...request, body: inner });
		// A check may fill in a missing wrapper; an empty one is not sent.
		if (existing === undefined && Object.keys(inner).length) body[wrapper] = inner;
	};
}

/**
 * When the event happened, as Lago wants it: Unix seconds, with decimals for milliseconds. Accepts seconds,
 * milliseconds (13 digits) or an ISO 8601 date-time; sent as a string so the decimals survive.
 */
export function eventTimestamp(label: string, key: string): RequestCheck {
	return function (request) {
		const values = bodyOf(request);
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
		const values = bodyOf(request);
		if (isBlank(values[key])) values[key] = randomUUID();
		else values[key] = String(values[key]).trim();
	};
}
