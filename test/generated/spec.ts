/**
 * The vendor contracts as the generated tests read them: each operation by operationId, its documented request
 * schemas, and example values, taken from the document where it gives them and synthesised from the schema where it
 * does not.
 */
import path from 'node:path';

import { mergeDocuments } from '../../scripts/lib/contractServer';
import { dubDocuments, lagoDocuments, notihubDocuments } from '../../scripts/lib/specs';

type Schema = Record<string, any>;

export interface SpecOperation {
	operationId: string;
	method: string;
	/** The path template as the document writes it, without the server prefix. */
	path: string;
	tags: string[];
	operation: Schema;
	/** Path-level and operation-level parameters. */
	parameters: Schema[];
}

export class Spec {
	readonly document: Schema;

	readonly operations = new Map<string, SpecOperation>();

	/** The vendor's documents as given (for test/contract/documented.ts, which completes answers). */
	readonly documents: object[];

	constructor(documents: object[]) {
		this.documents = documents;
		this.document = mergeDocuments(documents as never) as unknown as Schema;
		for (const [path, item] of Object.entries<Schema>(this.document.paths ?? {})) {
			for (const [method, operation] of Object.entries<Schema>(item)) {
				if (!operation || typeof operation !== 'object' || !operation.operationId) continue;
				const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: Schema) => this.resolve(p));
				this.operations.set(operation.operationId, {
					operationId: operation.operationId,
					method: method.toUpperCase(),
					path,
					tags: operation.tags ?? [],
					operation,
					parameters,
				});
			}
		}
	}

	resolve(schema: Schema | undefined): Schema {
		let current = schema;
		for (let depth = 0; current && current.$ref && depth < 30; depth++) {
			const parts = String(current.$ref).replace(/^#\//, '').split('/');
			current = parts.reduce<any>((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
		}
		return current ?? {};
	}

	/** The documented success status and JSON schema of an operation's answer. */
	successResponse(operationId: string): { status: number; schema?: Schema; example?: unknown; pointer?: string } {
		const found = this.operations.get(operationId);
		const responses = found?.operation.responses ?? {};
		const code = Object.keys(responses).find((status) => /^2\d\d$/.test(status)) ?? '200';
		const response = this.resolve(responses[code]);
		const content = response.content?.['application/json'];
		const named = content?.examples ? Object.values<Schema>(content.examples)[0] : undefined;
		const example = content?.example ?? (named ? this.resolve(named).value : undefined);
		const pointer =
			found && !responses[code]?.$ref
				? `/paths/${escapePointer(found.path)}/${found.method.toLowerCase()}/responses/${code}/content/application~1json/schema`
				: undefined;
		return { status: Number(code), schema: content?.schema, example, pointer };
	}

	/** The JSON schema of the request body, if any. */
	requestSchema(operationId: string): Schema | undefined {
		const body = this.resolve(this.operations.get(operationId)?.operation.requestBody);
		const schema = body?.content?.['application/json']?.schema;
		return schema ? this.resolve(schema) : undefined;
	}

	/** The schema of a (dotted) body property, following objects, allOf and the non-null branch of anyOf/oneOf. */
	bodyProperty(operationId: string, dotted: string): Schema | undefined {
		let current: Schema | undefined = this.requestSchema(operationId);
		for (const part of dotted.split('.')) {
			if (!current) return undefined;
			current = this.objectShape(current).properties[part];
		}
		return current ? this.resolve(current) : undefined;
	}

	queryParameter(operationId: string, name: string): Schema | undefined {
		return this.operations.get(operationId)?.parameters.find((p) => p.in === 'query' && p.name === name);
	}

	objectShape(schema: Schema): { properties: Record<string, Schema>; required: string[] } {
		const properties: Record<string, Schema> = {};
		const required = new Set<string>();
		const visit = (node: Schema | undefined, depth: number) => {
			const s = this.resolve(node);
			if (depth > 12) return;
			Object.assign(properties, s.properties ?? {});
			for (const name of s.required ?? []) required.add(name);
			for (const part of s.allOf ?? []) visit(part, depth + 1);
			if (!s.properties && !s.allOf) {
				const branch = this.nonNullBranch(s);
				if (branch) visit(branch, depth + 1);
			}
		};
		visit(schema, 0);
		return { properties, required: [...required] };
	}

	nonNullBranch(schema: Schema): Schema | undefined {
		const branches: Schema[] | undefined = schema.oneOf ?? schema.anyOf;
		return branches?.map((b) => this.resolve(b)).find((b) => !isNullOnly(b));
	}

	/**
	 * A value the document itself gives for a leaf schema (its example, enum, const or default, or a value of its
	 * format), or undefined when it gives none.
	 */
	documentedValue(schema: Schema | undefined): unknown {
		const s = this.resolve(schema);
		const types = typesOf(s);
		const own = s.example !== undefined ? s.example : Array.isArray(s.examples) ? s.examples[0] : undefined;
		if (own !== undefined && (fitsLeaf(s, types, own) || isObject(own) || Array.isArray(own))) return own;
		if (s.const !== undefined) return s.const;
		if (Array.isArray(s.enum) && s.enum.length) return s.enum.find((v: unknown) => v !== null) ?? s.enum[0];
		if (s.default !== undefined && s.default !== null) return s.default;
		if (s.format && (types.includes('string') || !types.length)) return stringOfFormat(s);
		if (types.includes('object') || types.includes('array') || s.properties || s.allOf) return this.example(s);
		if (s.oneOf || s.anyOf) {
			const branch = this.nonNullBranch(s);
			return branch ? this.documentedValue(branch) : undefined;
		}
		return undefined;
	}

	private ajv?: { validate(schema: object, value: unknown): boolean };

	/** Whether `value` fits the schema at `pointer` of the document (Ajv, formats included). */
	fits(pointer: string, value: unknown): boolean {
		if (!this.ajv) {
			const formats = require.resolve('ajv-formats');
			const Ajv = require(require.resolve('ajv', { paths: [path.dirname(formats)] })).default;
			const ajv = new Ajv({ strict: false, validateFormats: true, logger: false });
			require('ajv-formats')(ajv);
			ajv.addSchema(this.document, 'doc');
			this.ajv = ajv;
		}
		try {
			return this.ajv!.validate({ $ref: `doc#${pointer}` }, value);
		} catch {
			return true;
		}
	}

	/**
	 * An example of `schema`: the document's own example where it fits the schema's type, otherwise one made from
	 * the schema (every property, the first enum value, a value of the format or pattern; of oneOf/anyOf the first
	 * branch whose example the whole schema accepts).
	 */
	example(schema: Schema | undefined, pointer?: string, seen: string[] = []): unknown {
		let s = schema ?? {};
		let at = pointer;
		for (let depth = 0; s.$ref && depth < 30; depth++) {
			if (seen.includes(s.$ref)) return null;
			seen = [...seen, s.$ref];
			at = String(s.$ref).replace(/^#/, '');
			s = this.resolve({ $ref: s.$ref });
		}
		if (seen.length > 40) return null;
		const types = typesOf(s);
		const own = s.example !== undefined ? s.example : Array.isArray(s.examples) ? s.examples[0] : undefined;
		if (own !== undefined && fitsLeaf(s, types, own)) return own;
		if (s.const !== undefined) return s.const;
		if (Array.isArray(s.enum) && s.enum.length) return s.enum.find((v: unknown) => v !== null) ?? s.enum[0];
		const child = (suffix: string) => (at === undefined ? undefined : `${at}/${suffix}`);
		if (s.oneOf || s.anyOf) {
			const key = s.oneOf ? 'oneOf' : 'anyOf';
			const branches: Schema[] = s[key];
			const candidates = branches
				.map((branch, i) => ({ branch, i }))
				.filter(({ branch }) => !isNullOnly(this.resolve(branch)))
				.map(({ branch, i }) => this.example(branch, child(`${key}/${i}`), seen));
			const base = s.properties || s.allOf ? this.example({ ...s, oneOf: undefined, anyOf: undefined }, undefined, seen) : undefined;
			const merged = candidates.map((c) => (isObject(base) && isObject(c) ? { ...base, ...c } : c));
			if (at !== undefined) {
				const fitting = merged.find((c) => this.fits(at!, c));
				if (fitting !== undefined) return fitting;
			}
			return merged[0] ?? null;
		}
		if (s.allOf || s.properties || types.includes('object')) {
			const entries = this.propertyEntries(s, at);
			if (!entries.length) return own !== undefined && isObject(own) ? own : {};
			return Object.fromEntries(entries.map(([name, property, where]) => [name, this.example(property, where, seen)]));
		}
		if (types.includes('array')) {
			const item = this.example(s.items, child('items'), seen);
			return Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () => item);
		}
		if (s.default !== undefined && s.default !== null) return s.default;
		const type = types.find((t) => t !== 'null');
		if (type === 'string' || (!type && s.format)) return stringOfFormat(s);
		if (type === 'integer' || type === 'number') return typeof s.minimum === 'number' ? Math.max(s.minimum, 1) : 1;
		if (type === 'boolean') return true;
		if (types.includes('null')) return null;
		return 'example';
	}

	/** The properties of an object schema with where each is in the document, following allOf. */
	private propertyEntries(schema: Schema, pointer: string | undefined): Array<[string, Schema, string | undefined]> {
		const entries = new Map<string, [string, Schema, string | undefined]>();
		const visit = (node: Schema, at: string | undefined, depth: number) => {
			let s = node;
			let where = at;
			if (s.$ref) {
				where = String(s.$ref).replace(/^#/, '');
				s = this.resolve(s);
			}
			if (depth > 12) return;
			for (const [name, property] of Object.entries<Schema>(s.properties ?? {})) {
				entries.set(name, [name, property, where === undefined ? undefined : `${where}/properties/${escapePointer(name)}`]);
			}
			(s.allOf ?? []).forEach((part: Schema, i: number) => visit(part, where === undefined ? undefined : `${where}/allOf/${i}`, depth + 1));
		};
		visit(schema, pointer, 0);
		return [...entries.values()];
	}
}

const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(s: Schema): string[] {
	if (Array.isArray(s.type)) return s.type;
	if (typeof s.type === 'string') return s.nullable ? [s.type, 'null'] : [s.type];
	return [];
}

function isNullOnly(s: Schema) {
	const types = typesOf(s);
	return types.length > 0 && types.every((t) => t === 'null');
}

/** Whether a document's example can stand for a leaf schema (its JSON type is allowed, its value in the enum). */
function fitsLeaf(s: Schema, types: string[], value: unknown): boolean {
	if (isObject(value) || Array.isArray(value)) return false;
	if (value === null) return false;
	if (Array.isArray(s.enum) && !s.enum.includes(value)) return false;
	if (s.properties || s.allOf || s.oneOf || s.anyOf || s.items) return false;
	const jsonType = typeof value === 'number' ? (Number.isInteger(value) ? ['integer', 'number'] : ['number']) : [typeof value];
	if (types.length && !types.some((t) => jsonType.includes(t))) return false;
	if (typeof value === 'string' && s.format && !fitsFormat(s.format, value)) return false;
	if (typeof value === 'string' && s.pattern && !safeTest(s.pattern, value)) return false;
	return true;
}

function safeTest(pattern: string, value: string) {
	try {
		return new RegExp(pattern, 'u').test(value);
	} catch {
		return true;
	}
}

function fitsFormat(format: string, value: string) {
	switch (format) {
		case 'uuid':
			return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
		case 'date-time':
			return !Number.isNaN(Date.parse(value)) && /T/.test(value);
		case 'date':
			return /^\d{4}-\d{2}-\d{2}$/.test(value);
		case 'email':
			return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
		case 'uri':
		case 'url':
			return /^[a-z][a-z\d+.-]*:/i.test(value);
		default:
			return true;
	}
}

export const EXAMPLE_UUID = '1a901a90-1a90-4a90-8a90-1a901a901a90';

function stringOfFormat(s: Schema): string {
	switch (s.format) {
		case 'uuid':
			return EXAMPLE_UUID;
		case 'date-time':
			return '2026-01-01T00:00:00.000Z';
		case 'date':
			return '2026-01-01';
		case 'email':
			return 'someone@example.com';
		case 'uri':
		case 'url':
			return 'https://example.com';
		default: {
			if (s.pattern) {
				const fitting = ['example', '1', '1.0', 'EXAMPLE', 'US', 'USD', 'example_1', '2026-01-01'].find((c) => safeTest(s.pattern, c));
				if (fitting) return fitting;
			}
			return typeof s.minLength === 'number' && s.minLength > 7 ? 'x'.repeat(s.minLength) : 'example';
		}
	}
}

export const specs = {
	Dub: new Spec(dubDocuments()),
	Lago: new Spec(lagoDocuments()),
	Notihub: new Spec(notihubDocuments()),
};
