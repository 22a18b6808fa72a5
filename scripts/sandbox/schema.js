'use strict';
/**
 * Completes the sandbox's answers from the vendor's documented response schemas: the store keeps the fields a
 * record is about, and every property the document marks required but the record lacks is added with its
 * documented default, null where it may be null, or an empty value of its type. So an answer always has the shape
 * the vendor's own clients expect, without seed data repeating dozens of empty fields.
 */
const { mergeDocuments } = require('../lib/contractServer');

const FIXED_UUID = '00000000-0000-4000-8000-000000000000';

class SchemaFiller {
	/**
	 * @param {object[]} documents the same documents the contract server is given
	 * @param {{ now?: () => Date }} [options] the clock for date fields (tests give a fixed one, so records repeat)
	 */
	constructor(documents, options = {}) {
		this.now = options.now ?? (() => new Date());
		this.document = mergeDocuments(documents);
		this.operations = new Map();
		for (const item of Object.values(this.document.paths ?? {})) {
			for (const operation of Object.values(item)) {
				if (operation && typeof operation === 'object' && operation.operationId) {
					this.operations.set(operation.operationId, operation);
				}
			}
		}
	}

	resolve(schema) {
		let current = schema;
		for (let depth = 0; current && current.$ref && depth < 20; depth++) {
			const parts = current.$ref.replace(/^#\//, '').split('/');
			current = parts.reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
		}
		return current;
	}

	/** The JSON schema of an operation's answer with this status, if the document has one. */
	responseSchema(operationId, status) {
		const responses = this.operations.get(operationId)?.responses ?? {};
		const response = this.resolve(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
		return response?.content?.['application/json']?.schema;
	}

	/** `value` with every missing required property of `schema` filled in, recursively. */
	complete(schema, value, depth = 0) {
		const resolved = this.resolve(schema);
		if (!resolved || depth > 12 || value === null || value === undefined) return value;
		if ((resolved.oneOf || resolved.anyOf) && !resolved.properties && !resolved.allOf) {
			const branch = this.branchFor(resolved, value);
			if (branch) return this.complete(branch, value, depth + 1);
		}
		if (Array.isArray(value)) {
			const items = this.objectBranch(resolved)?.items ?? resolved.items;
			return items ? value.map((item) => this.complete(items, item, depth + 1)) : value;
		}
		if (typeof value !== 'object') return value;
		const { properties, required } = this.objectShape(resolved);
		const result = { ...value };
		for (const name of required) {
			if (result[name] === undefined && properties[name]) result[name] = this.emptyValue(properties[name], depth + 1);
		}
		for (const [name, property] of Object.entries(properties)) {
			if (result[name] !== undefined && result[name] !== null && typeof result[name] === 'object') {
				result[name] = this.complete(property, result[name], depth + 1);
			}
		}
		return result;
	}

	/** The branch of a oneOf/anyOf that describes an object or array (not the `null` branch). */
	objectBranch(schema) {
		const branches = schema.oneOf ?? schema.anyOf;
		if (!branches) return undefined;
		return branches.map((b) => this.resolve(b)).find((b) => b && !isNullSchema(b));
	}

	/**
	 * The branch of a oneOf/anyOf that `value` is meant to be: of the branches of its kind (list or record), the one
	 * whose properties name most of the value's keys and whose fixed values (enum, const) it does not contradict;
	 * then the one that lacks the fewest required properties; then the first. (A click event is not completed as a
	 * lead, a row of countries not as a timeseries.)
	 */
	branchFor(schema, value) {
		const branches = (schema.oneOf ?? schema.anyOf).map((b) => this.resolve(b)).filter((b) => b && !isNullSchema(b));
		const isList = (b) => b.type === 'array' || (Array.isArray(b.type) && b.type.includes('array')) || !!b.items;
		const fitting = branches.filter((b) => isList(b) === Array.isArray(value));
		if (fitting.length < 2) return fitting[0] ?? this.objectBranch(schema);
		const sample = Array.isArray(value) ? value[0] : value;
		if (!sample || typeof sample !== 'object') return fitting[0];
		const score = (branch) => {
			const target = Array.isArray(value) ? this.resolve(branch.items) ?? {} : branch;
			const inner = (target.oneOf || target.anyOf) && !target.properties ? this.branchFor(target, sample) ?? target : target;
			const { properties, required } = this.objectShape(inner);
			let points = 0;
			for (const [key, given] of Object.entries(sample)) {
				const property = this.resolve(properties[key]);
				if (!property) continue;
				const fixed = property.const !== undefined ? [property.const] : Array.isArray(property.enum) ? property.enum : undefined;
				points += fixed && (typeof given !== 'object' || given === null) ? (fixed.includes(given) ? 100 : -1000) : 10;
			}
			return points - required.filter((name) => !(name in sample)).length;
		};
		return fitting.map((branch, i) => ({ branch, points: score(branch), i })).sort((a, b) => b.points - a.points || a.i - b.i)[0].branch;
	}

	objectShape(schema) {
		const properties = {};
		const required = new Set();
		const visit = (node, depth) => {
			const s = this.resolve(node);
			if (!s || depth > 10) return;
			Object.assign(properties, s.properties ?? {});
			for (const name of s.required ?? []) required.add(name);
			for (const part of s.allOf ?? []) visit(part, depth + 1);
			const branch = !s.properties && !s.allOf ? this.objectBranch(s) : undefined;
			if (branch) visit(branch, depth + 1);
		};
		visit(schema, 0);
		return { properties, required: [...required] };
	}

	emptyValue(schema, depth) {
		const s = this.resolve(schema) ?? {};
		if (s.default !== undefined) return JSON.parse(JSON.stringify(s.default));
		// OpenAPI 3.0's `nullable` does not add null to an `enum`: such a field takes one of its values.
		const nullInEnum = !Array.isArray(s.enum) || s.enum.includes(null);
		if (isNullable(s) && nullInEnum) return null;
		if (s.const !== undefined) return s.const;
		if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
		const merged = s.allOf ? this.objectShape(s) : undefined;
		const type = Array.isArray(s.type) ? s.type[0] : s.type;
		if (type === 'array') return [];
		if (type === 'object' || s.properties || merged) return this.complete(s, {}, depth + 1);
		if (type === 'boolean') return false;
		if (type === 'integer' || type === 'number') return Math.max(0, typeof s.minimum === 'number' ? s.minimum : 0);
		if (type === 'string') {
			if (s.format === 'date-time') return this.now().toISOString();
			if (s.format === 'date') return this.now().toISOString().slice(0, 10);
			if (s.format === 'uuid') return FIXED_UUID;
			if (s.format === 'uri' || s.format === 'url') return 'https://example.com';
			if (s.format === 'email') return 'someone@example.com';
			return '';
		}
		const branch = this.objectBranch(s);
		return branch ? this.emptyValue(branch, depth + 1) : null;
	}
}

function isNullSchema(schema) {
	return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null');
}

function isNullable(schema) {
	if (schema.nullable === true) return true;
	if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
	return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((b) => b && isNullSchema(b));
}

module.exports = { SchemaFiller };
