/**
 * The vendor contracts as the generated tests read them: each operation by operationId, its documented request
 * schemas, and example values, taken from the document where it gives them and synthesised from the schema where it
 * does not.
 */
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

	constructor(documents: object[]) {
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
	successResponse(operationId: string): { status: number; schema?: Schema; example?: unknown } {
		const responses = this.operations.get(operationId)?.operation.responses ?? {};
		const code = Object.keys(responses).find((status) => /^2\d\d$/.test(status)) ?? '200';
		const response = this.resolve(responses[code]);
		const content = response.content?.['application/json'];
		const named = content?.examples ? Object.values<Schema>(content.examples)[0] : undefined;
		const example = content?.example ?? (named ? this.resolve(named).value : undefined);
		return { status: Number(code), schema: content?.schema, example };
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

	/**
	 * An example of `schema`: the document's own example where it fits the schema's type, otherwise one made from
	 * the schema (every property, the first enum value, a value of the format).
	 */
	example(schema: Schema | undefined, depth = 0): unknown {
		const s = this.resolve(schema);
		if (depth > 10) return null;
		const types = typesOf(s);
		const own = s.example !== undefined ? s.example : Array.isArray(s.examples) ? s.examples[0] : undefined;
		if (own !== undefined && fitsLeaf(s, types, own)) return own;
		if (s.const !== undefined) return s.const;
		if (Array.isArray(s.enum) && s.enum.length) return s.enum.find((v: unknown) => v !== null) ?? s.enum[0];
		if (s.allOf || s.properties || types.includes('object')) {
			const { properties } = this.objectShape(s);
			if (!Object.keys(properties).length) return own !== undefined && isObject(own) ? own : {};
			return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, this.example(property, depth + 1)]));
		}
		if (types.includes('array')) return [this.example(s.items, depth + 1)];
		if (s.oneOf || s.anyOf) {
			const branch = this.nonNullBranch(s);
			return branch ? this.example(branch, depth + 1) : null;
		}
		if (s.default !== undefined && s.default !== null) return s.default;
		const type = types.find((t) => t !== 'null');
		if (type === 'string' || (!type && s.format)) return stringOfFormat(s);
		if (type === 'integer' || type === 'number') return typeof s.minimum === 'number' ? Math.max(s.minimum, 1) : 1;
		if (type === 'boolean') return true;
		if (types.includes('null')) return null;
		return 'example';
	}
}

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
		default:
			return typeof s.minLength === 'number' && s.minLength > 7 ? 'x'.repeat(s.minLength) : 'example';
	}
}

export const specs = {
	Dub: new Spec(dubDocuments()),
	Lago: new Spec(lagoDocuments()),
	Notihub: new Spec(notihubDocuments()),
};
