/**
 * The vendor's documented answer to an operation, and how the node shapes an answer into items: the answer's root
 * property unwrapped (`{"customer": {...}}`, `{"customers": [...], "meta": {...}}`), one item per array element,
 * and `{ deleted: true, id }` for a delete.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Document } from 'openapi-backend';

import type { Operation } from '../../nodes/shared/operation';
import { answersOf } from '../contract/documented';
import { placeholders } from './parameters';
import type { Spec } from './spec';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The key of the one property that holds the record(s), when the answer wraps them in a root property. `metadata`
 * is not a record but a map of the user's own keys (Lago's `{"metadata": {...}}`): such an answer is output whole.
 */
export function rootKey(body: unknown): string | undefined {
	if (!isObject(body)) return undefined;
	const keys = Object.keys(body).filter((key) => key !== 'meta');
	if (keys.length !== 1 || keys[0] === 'metadata') return undefined;
	const value = body[keys[0]];
	return isObject(value) || Array.isArray(value) ? keys[0] : undefined;
}

/** Lago-style paging metadata for page `page` of `pages` (only the keys the documented answer has). */
function pagingMeta(meta: unknown, page: number, pages: number, total: number) {
	if (!isObject(meta)) return meta;
	const values: Record<string, unknown> = {
		current_page: page,
		next_page: page < pages ? page + 1 : null,
		prev_page: page > 1 ? page - 1 : null,
		total_pages: pages,
		total_count: total,
	};
	return Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, key in values ? values[key] : value]));
}

export interface Answer {
	status: number;
	body: unknown;
}

/**
 * The documented answer (its example, or one made from its schema), as one page holding everything, completed with
 * every property the vendor documents as always sent that the example leaves out (Lago's wallet example lacks its
 * required `balance`): the contract server checks every answer, so the documented one must pass too.
 */
export function documentedAnswer(spec: Spec, operationId: string): Answer {
	let perSpec = made.get(spec);
	if (!perSpec) made.set(spec, (perSpec = new Map()));
	if (!perSpec.has(operationId)) {
		const { status, schema, example, pointer } = spec.successResponse(operationId);
		let body = example !== undefined ? example : schema ? spec.example(schema, pointer) : undefined;
		if (schema && body !== undefined) body = completer(spec).complete(operationId, body, status);
		perSpec.set(operationId, { status, body: withRecords(body, recordsOf(body), 1, 1) });
	}
	const answer = perSpec.get(operationId)!;
	return { status: answer.status, body: answer.body === undefined ? undefined : JSON.parse(JSON.stringify(answer.body)) };
}

const made = new WeakMap<Spec, Map<string, Answer>>();
const completers = new WeakMap<Spec, ReturnType<typeof answersOf>>();

function completer(spec: Spec) {
	if (!completers.has(spec)) completers.set(spec, answersOf(spec.documents as Document[]));
	return completers.get(spec)!;
}

/** Whether an answer carries nothing (no body, or an empty object): the node then says what it did. */
export const isEmptyAnswer = (body: unknown) => body === undefined || body === null || body === '' || (isObject(body) && !Object.keys(body).length);

/** The records an answer carries: its root array, its root object, or itself. */
export function recordsOf(body: unknown): unknown[] {
	const key = rootKey(body);
	const inner = key ? (body as Record<string, unknown>)[key] : body;
	if (Array.isArray(inner)) return inner;
	return inner === undefined ? [] : [inner];
}

/** `body` with its records replaced (a list answer), and its paging metadata saying page `page` of `pages`. */
export function withRecords(body: unknown, records: unknown[], page: number, pages: number, total = records.length): unknown {
	const key = rootKey(body);
	if (Array.isArray(body)) return records;
	if (!isObject(body)) return body;
	const next: Record<string, unknown> = { ...body };
	if (key && Array.isArray(body[key])) next[key] = records;
	if ('meta' in next) next.meta = pagingMeta(next.meta, page, pages, total);
	return next;
}

/**
 * A delete of a record, output as `{ deleted: true, id }`. Removing a record's metadata (a path under `/metadata`)
 * changes the record instead: its output is what the vendor answers, shaped as usual.
 */
export const isDelete = (operation: Operation) =>
	(/^delete/i.test(operation.value) || /^delete\b/i.test(operation.name)) && !/\/metadata(\/|$)/.test(operation.path);

/** The items the node should output for `body` (not for a delete: see deletedIds). */
export function expectedItems(body: unknown): IDataObject[] {
	return recordsOf(body).map((record) => (isObject(record) ? (record as IDataObject) : ({ value: record } as IDataObject)));
}

/**
 * The ids a delete may report in `{ deleted: true, id }`: the id it was given (the last path parameter), or the
 * vendor's own id of the record when the answer carries it.
 */
export function deletedIds(operation: Operation, body: unknown, pathValues: Record<string, string>): unknown[] {
	const names = placeholders(operation.path);
	const [record] = recordsOf(body);
	const own = isObject(record) ? [record.id, record.lago_id].filter((v) => v !== undefined && v !== null) : [];
	return [pathValues[names[names.length - 1]], ...own];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Copy `n` of a record: every id-like text field made unique (a UUID stays a UUID). */
export function numbered(record: unknown, n: number): unknown {
	if (!isObject(record)) return record;
	const copy: Record<string, unknown> = JSON.parse(JSON.stringify(record));
	const idLike = Object.keys(copy).filter((key) => typeof copy[key] === 'string' && /(^id$|_id$|Id$)/.test(key));
	const keys = idLike.length ? idLike : Object.keys(copy).filter((key) => typeof copy[key] === 'string').slice(0, 1);
	for (const key of keys) {
		const value = copy[key] as string;
		copy[key] = UUID.test(value) ? `${value.slice(0, 24)}${String(n).padStart(12, '0')}` : `${value}_${n}`;
	}
	return copy;
}
