import type { IDataObject } from 'n8n-workflow';

import { lagoDocuments } from '../../scripts/lib/specs';
import { ContractServer } from '../contract/server';

type Schema = IDataObject & { $ref?: string };

const document = () => lagoDocuments()[0] as IDataObject;

function resolve(schema: Schema | undefined): Schema {
	let current = schema ?? {};
	for (let depth = 0; current.$ref && depth < 20; depth++) {
		current = current.$ref
			.replace('#/', '')
			.split('/')
			.reduce<IDataObject>((node, key) => node[key] as IDataObject, document()) as Schema;
	}
	return current;
}

/**
 * A complete example of a schema, built from the document's own examples: every property (required or not), each
 * with its `example` when the document gives one, and the first branch of a oneOf/anyOf.
 */
export function exampleOf(input: Schema | undefined, depth = 0): unknown {
	const schema = resolve(input);
	if (schema.example !== undefined) return schema.example;
	if (schema.examples && Array.isArray(schema.examples)) return schema.examples[0];
	if (schema.enum && Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null && v !== '') ?? schema.enum[0];
	if (depth > 12) return null;
	if (Array.isArray(schema.allOf)) {
		return Object.assign({}, ...(schema.allOf as Schema[]).map((part) => exampleOf(part, depth + 1) as IDataObject));
	}
	const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
	if (branches?.length) return exampleOf(branches.find((b) => resolve(b).type !== 'null') ?? branches[0], depth + 1);
	const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
	const type = types.find((t) => t !== 'null') ?? types[0];
	if (type === 'object' || schema.properties) {
		const properties = (schema.properties ?? {}) as Record<string, Schema>;
		const example = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, exampleOf(value, depth + 1)]));
		// A few schemas require a property they do not describe (organization.email_settings): any value fits.
		for (const key of (schema.required ?? []) as string[]) if (!(key in example)) example[key] = null;
		return example;
	}
	if (type === 'array') return [exampleOf(schema.items as Schema, depth + 1)];
	if (type === 'integer' || type === 'number') return 1;
	if (type === 'boolean') return true;
	if (type === 'null') return null;
	if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
	if (schema.format === 'date') return '2026-01-01';
	if (schema.format === 'uuid') return '1a901a90-1a90-1a90-1a90-1a901a901a90';
	if (schema.format === 'email') return 'billing@example.com';
	if (schema.format === 'uri') return 'https://example.com';
	return 'text';
}

function operation(operationId: string): IDataObject {
	for (const item of Object.values(document().paths as Record<string, Record<string, IDataObject>>)) {
		for (const op of Object.values(item)) if (op && op.operationId === operationId) return op;
	}
	throw new Error(`No operation ${operationId} in the Lago document`);
}

/** The JSON body of an operation's documented answer, complete, from the document's examples. */
export function exampleResponse(operationId: string, status = '200'): IDataObject {
	const responses = operation(operationId).responses as Record<string, Schema>;
	const response = resolve(responses[status] ?? responses['201']);
	const content = response.content as Record<string, { schema: Schema }> | undefined;
	return exampleOf(content?.['application/json']?.schema) as IDataObject;
}

/** A Lago contract server that also checks every answer a test registers against the document. */
export async function startCheckedLagoServer() {
	return await ContractServer.start({ documents: lagoDocuments(), prefix: '/api/v1', bearer: true, checkResponses: true });
}
