/**
 * Answers as complete as the vendor's: a test gives the fields it is about, and every property the vendor's
 * documented response marks required but the test left out is added (its documented default, null where it may be
 * null, or an empty value of its type), the way scripts/sandbox completes the sandbox's answers. So the unit tests'
 * contract servers can check every answer against the contract (`checkResponses`) without each fixture spelling
 * out dozens of fields, and a fixture never lacks a field the real API always sends.
 */
import type { Document } from 'openapi-backend';

const { SchemaFiller } = require('../../scripts/sandbox/schema.js') as {
	SchemaFiller: new (
		documents: Document[],
		options?: { now?: () => Date },
	) => { responseSchema(operationId: string, status: number): unknown; complete(schema: unknown, value: unknown): unknown; resolve(schema: unknown): { type?: unknown; items?: unknown } };
};

/** Dates the completion fills in, fixed so that a record built twice is the same record. */
const FIXED_NOW = new Date('2026-01-01T00:00:00.000Z');

/**
 * `complete(operationId, body, status)`: `body` with what the documented answer of `operationId` requires.
 * `record(operationId, fields, status)`: one record of that answer, also when the answer is a list of them.
 */
export function answersOf(documents: Document[]) {
	const filler = new SchemaFiller(documents, { now: () => FIXED_NOW });
	const schemaOf = (operationId: string, status: number) => {
		const schema = filler.responseSchema(operationId, status);
		if (!schema) throw new Error(`${operationId} documents no JSON answer for ${status}`);
		return schema;
	};
	return {
		complete<T>(operationId: string, body: T, status = 200): T {
			return filler.complete(schemaOf(operationId, status), body) as T;
		},
		/** Fields the documented record does not allow (a request's `tagIds` echoed back) are left out. */
		record<T extends object>(operationId: string, fields: T, status = 200): T {
			let schema = filler.resolve(schemaOf(operationId, status));
			if (schema.type === 'array') schema = filler.resolve(schema.items);
			const { properties, additionalProperties } = filler.resolve(schema) as { properties?: object; additionalProperties?: unknown };
			const kept =
				properties && additionalProperties === false
					? Object.fromEntries(Object.entries(fields).filter(([key]) => key in properties))
					: fields;
			return filler.complete(schema, kept) as T;
		},
	};
}
