/**
 * Node parameters for one operation module, built from its required fields and the vendor's examples, and what the
 * node should send and output for them.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../nodes/shared/operation';
import { EXAMPLE_UUID, type Spec } from './spec';

const PLACEHOLDER = /\{(\w+)\}/g;

export const placeholders = (template: string) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** A path template with every `{name}` replaced by `{}`: two templates address the same route when these agree. */
export const routeShape = (template: string) => template.replace(PLACEHOLDER, '{}');

/** Whether a field is shown for its operation without further conditions (its own displayOptions say nothing else). */
function unconditional(field: INodeProperties) {
	const show = field.displayOptions?.show ?? {};
	const hide = field.displayOptions?.hide ?? {};
	return Object.keys(show).every((k) => k === 'resource' || k === 'operation') && Object.keys(hide).length === 0;
}

const SAFE_SEGMENT = /^[\w.~@:-]+$/;

function safeSegment(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	return SAFE_SEGMENT.test(value) && value !== '.' && value !== '..' ? value : undefined;
}

/** The mode a locator is given an id in (By ID, else its first typed mode). */
const idMode = (field: INodeProperties | undefined) => field?.modes?.find((m) => m.name === 'id') ?? field?.modes?.find((m) => m.type === 'string');

/** Whether the node accepts `value` in the field: the regex its id mode checks (a Lago ID is a UUID). */
function accepted(field: INodeProperties | undefined, value: string) {
	const rules = (idMode(field)?.validation ?? []) as Array<{ type?: string; properties?: { regex?: string } }>;
	return rules.every((rule) => rule.type !== 'regex' || !rule.properties?.regex || new RegExp(rule.properties.regex).test(value));
}

/**
 * A safe example id for the path parameter at `index` of the spec's template: the document's example, else a value
 * of its format, else the field's placeholder; the first of these the node's own check of the field accepts.
 */
function pathExample(spec: Spec, operationId: string, index: number, field: INodeProperties | undefined): string {
	const specOperation = spec.operations.get(operationId);
	const name = specOperation ? placeholders(specOperation.path)[index] : undefined;
	const parameter = specOperation?.parameters.find((p) => p.in === 'path' && p.name === name);
	const schema = spec.resolve(parameter?.schema);
	const mode = idMode(field);
	const candidates = [
		safeSegment(parameter?.example ?? schema.example),
		schema.format === 'uuid' ? EXAMPLE_UUID : undefined,
		schema.type === 'integer' || schema.type === 'number' ? '42' : undefined,
		safeSegment(mode?.placeholder ?? field?.placeholder),
		'example_id_1',
	].filter((value): value is string => value !== undefined);
	return candidates.find((value) => accepted(field, value)) ?? candidates[0];
}

export interface BuiltParameters {
	parameters: Record<string, unknown>;
	/** The path the request must go to. */
	path: string;
	/** The value of each path parameter, by node parameter name. */
	pathValues: Record<string, string>;
	/** Body and query properties the required fields must have sent. */
	sentBody: string[];
	sentQuery: string[];
}

const locator = (value: string, field: INodeProperties) => {
	const mode = field.modes?.find((m) => m.name === 'id') ?? field.modes?.find((m) => m.type === 'string') ?? { name: 'id' };
	return { __rl: true, mode: mode.name, value };
};

/** A value for a required field, from the spec's example of the property it sends, or one of the field's type. */
function fieldValue(field: INodeProperties, spec: Spec, operationId: string): unknown {
	const send = field.routing?.send;
	let documented: unknown;
	if (send?.property && typeof send.property === 'string') {
		const schema =
			send.type === 'query'
				? spec.resolve(spec.queryParameter(operationId, send.property)?.schema)
				: spec.bodyProperty(operationId, send.property);
		if (schema && Object.keys(schema).length) documented = spec.documentedValue(schema);
	}
	switch (field.type) {
		case 'resourceLocator': {
			const given = safeSegment(documented);
			return locator(given !== undefined && accepted(field, given) ? given : pathExample(spec, operationId, -1, field), field);
		}
		case 'options': {
			const values = (field.options ?? []).map((o) => (o as { value: unknown }).value);
			return values.includes(documented) ? documented : field.default !== '' && field.default !== undefined ? field.default : values[0];
		}
		case 'multiOptions': {
			const values = (field.options ?? []).map((o) => (o as { value: unknown }).value);
			const wanted = Array.isArray(documented) ? documented.filter((v) => values.includes(v)) : [];
			return wanted.length ? wanted : values.slice(0, 1);
		}
		case 'number':
			return typeof documented === 'number' ? documented : Math.max(Number(field.typeOptions?.minValue ?? 1), 1);
		case 'boolean':
			// A switch is never missing: its default is what a user who did not touch it sends.
			return typeof field.default === 'boolean' ? field.default : documented === true;
		case 'json':
			return JSON.stringify(documented ?? {});
		case 'dateTime':
			return typeof documented === 'string' ? documented : '2026-01-01T00:00:00.000Z';
		case 'fixedCollection': {
			// A required list of rows (credit note items, invoice fees, alert thresholds): one row, each value filled.
			const [group] = (field.options ?? []) as Array<{ name: string; values?: INodeProperties[] }>;
			if (!field.required || !group?.values) return field.default ?? {};
			const row = Object.fromEntries(group.values.map((value) => [value.name, fieldValue({ ...value, required: true }, spec, operationId)]));
			return { [group.name]: field.typeOptions?.multipleValues ? [row] : row };
		}
		case 'collection':
			return field.default ?? {};
		default:
			if (typeof documented === 'string' || typeof documented === 'number') return String(documented);
			if (field.placeholder && !/\s/.test(field.placeholder)) return field.placeholder;
			return 'example';
	}
}

/**
 * The parameters a user must give for `operation`, with the spec's examples; Simplify off, Limit left at its default.
 * `inputs`: what a rule across fields needs (test/generated/inputs.ts), merged over the generated values.
 */
export function buildParameters(resource: string, operation: Operation, spec: Spec, inputs: Record<string, unknown> = {}): BuiltParameters {
	const parameters: Record<string, unknown> = { resource, operation: operation.value };
	const fields = operation.fields ?? [];
	const pathNames = placeholders(operation.path);
	const pathValues: Record<string, string> = {};
	pathNames.forEach((name, index) => {
		const field = fields.find((f) => f.name === name);
		const value = pathExample(spec, operation.operationId, index, field);
		pathValues[name] = value;
		parameters[name] = field?.type === 'resourceLocator' ? locator(value, field) : value;
	});
	const sentBody: string[] = [];
	const sentQuery: string[] = [];
	for (const field of fields) {
		if (pathNames.includes(field.name)) continue;
		if (field.type === 'boolean' && /^simplify$/i.test(field.name)) {
			parameters[field.name] = false;
			continue;
		}
		if (!field.required) continue;
		parameters[field.name] = fieldValue(field, spec, operation.operationId);
		const send = field.routing?.send;
		if (send?.property && typeof send.property === 'string' && unconditional(field) && !send.value) {
			const top = send.property.split('.')[0];
			if (send.type === 'query') sentQuery.push(send.property);
			else if (send.type === 'body') sentBody.push(top);
		}
	}
	// A body the API requires but no required field fills (an update): give the first optional body field that the
	// document knows, as a user changing one thing would.
	const requestBody = spec.resolve(spec.operations.get(operation.operationId)?.operation.requestBody);
	if (requestBody.content?.["application/json"] && !sentBody.length) {
		const properties = spec.objectShape(spec.requestSchema(operation.operationId) ?? {}).properties;
		for (const group of fields.filter((f) => f.type === 'collection' && unconditional(f))) {
			const option = (group.options as INodeProperties[] | undefined)?.find((o) => {
				const send = o.routing?.send;
				return send?.type === 'body' && typeof send.property === 'string' && send.property.split('.')[0] in properties;
			});
			if (!option) continue;
			parameters[group.name] = { [option.name]: fieldValue(option, spec, operation.operationId) };
			break;
		}
	}
	// An operation that needs one field of a collection set (requireSomeOf: an update with nothing to change is
	// refused before any request): set the first option of that collection, as a user changing one thing would.
	const someOf = operation.requireSomeOf ? fields.find((f) => f.name === operation.requireSomeOf) : undefined;
	const given = someOf ? (parameters[someOf.name] as Record<string, unknown> | undefined) : undefined;
	if (someOf && (!given || !Object.keys(given).length)) {
		const options = (someOf.options as INodeProperties[] | undefined) ?? [];
		const option =
			options.find((o) => o.routing?.send?.type === 'body' && o.type !== 'collection' && o.type !== 'fixedCollection') ??
			options.find((o) => o.type !== 'collection' && o.type !== 'fixedCollection');
		if (option) parameters[someOf.name] = { [option.name]: fieldValue(option, spec, operation.operationId) };
	}
	for (const [name, value] of Object.entries(inputs)) {
		const current = parameters[name];
		const isGroup = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !('__rl' in v);
		parameters[name] = isGroup(current) && isGroup(value) ? { ...current, ...value } : value;
	}
	const path = operation.path.replace(PLACEHOLDER, (_m, name: string) => encodeURIComponent(pathValues[name]));
	return { parameters, path, pathValues, sentBody, sentQuery };
}
