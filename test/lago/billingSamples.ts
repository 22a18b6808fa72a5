/**
 * Records for the billing tests, built from Lago's own OpenAPI document: every property of the documented schema,
 * with the document's example values (or a plain value of the right type), so each answer the contract server
 * gives is complete per the contract. The server checks every answer against the document (`checkResponses`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { lagoDocuments } from '../../scripts/lib/specs';
import { ContractServer } from '../contract/server';

type Schema = Record<string, any>;

const document = lagoDocuments()[0] as unknown as Schema;

function resolve(schema: Schema | undefined): Schema {
	let current = schema ?? {};
	while (current.$ref) current = (current.$ref as string).slice(2).split('/').reduce((node: Schema, key: string) => node[key], document);
	return current;
}

function primitive(schema: Schema, type: string): unknown {
	const fits = { integer: 'number', number: 'number', boolean: 'boolean', string: 'string' }[type];
	if (schema.example !== undefined && schema.example !== null && (!fits || typeof schema.example === fits)) return schema.example;
	if (Array.isArray(schema.enum)) return schema.enum.find((v: unknown) => v !== '' && v !== null);
	if (type === 'integer' || type === 'number') return 0;
	if (type === 'boolean') return false;
	if (schema.format === 'date-time') return '2026-07-01T00:00:00Z';
	if (schema.format === 'date') return '2026-07-01';
	if (schema.format === 'uuid') return '1a901a90-1a90-1a90-1a90-1a901a901a90';
	if (schema.format === 'email') return 'billing@example.com';
	if (typeof schema.pattern === 'string' && schema.pattern.includes('[0-9]')) return '10.0';
	return 'text';
}

/** A value for `schema`: objects with every property, lists with one element, the document's examples. */
export function sampleOf(input: Schema | undefined, depth = 0, fill = true): any {
	const schema = resolve(input);
	if (schema.allOf) {
		const merged = Object.assign({}, ...schema.allOf.map((part: Schema) => sampleOf(part, depth, false)));
		const required = schema.allOf.flatMap((part: Schema) => (resolve(part).required ?? []) as string[]);
		if (fill) for (const key of required) if (!(key in merged)) merged[key] = '0';
		return merged;
	}
	if (schema.oneOf || schema.anyOf) return sampleOf((schema.oneOf ?? schema.anyOf)[0], depth);
	const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : [];
	if (types.length && types.every((t) => t === 'null')) return null;
	const type = types.find((t) => t !== 'null') ?? 'string';
	if (type === 'object') {
		if (!schema.properties) return schema.example ?? {};
		if (depth > 12) return {};
		const record: Record<string, unknown> = Object.fromEntries(
			Object.entries(schema.properties as Record<string, Schema>).map(([key, value]) => [key, sampleOf(value, depth + 1)]),
		);
		// The document requires a few properties it does not describe (`balance` of a wallet): any value fits them.
		if (fill) for (const key of (schema.required ?? []) as string[]) if (!(key in record)) record[key] = '0';
		return record;
	}
	if (type === 'array') {
		const items = resolve(schema.items);
		const structured = items.properties || items.allOf || items.oneOf || items.anyOf || items.type === 'object';
		if (schema.example !== undefined && !structured) return schema.example;
		return depth > 12 ? [] : [sampleOf(schema.items, depth + 1)];
	}
	return primitive(schema, type);
}

/** A complete record of the component schema `name` (`Invoice` gives `{ invoice: {...} }`). */
export const sample = (name: string) => sampleOf({ $ref: `#/components/schemas/${name}` });

/** The Lago contract server, which also checks every answer the test gives against the document. */
export async function startBillingServer() {
	return await ContractServer.start({ documents: lagoDocuments(), prefix: '/api/v1', bearer: true, checkResponses: true });
}

/** Stands in for the storage (S3, GCS) Lago's file URLs point at; records what was asked and with which headers. */
export async function startFileServer() {
	const files = new Map<string, Buffer>();
	const hits: Array<{ path: string; authorization?: string }> = [];
	const server: Server = createServer((req, res) => {
		hits.push({ path: req.url ?? '', authorization: req.headers.authorization });
		const file = files.get(req.url ?? '');
		if (!file) {
			res.writeHead(404);
			res.end();
			return;
		}
		res.writeHead(200, { 'content-type': 'application/pdf' });
		res.end(file);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		hits,
		put: (path: string, bytes: Buffer) => {
			files.set(path, bytes);
			return `${url}${path}`;
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((done) => server.close(() => done()));
		},
	};
}
