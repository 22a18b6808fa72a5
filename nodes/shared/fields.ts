import type { INodeProperties, INodePropertyOptions, INodePropertyRouting, NodePropertyTypes } from 'n8n-workflow';

/**
 * Field builders every service uses, so that a field is one line: `text('email', 'Email', 'Exact match', 'query')`.
 * What they build is an ordinary node parameter; anything a builder does not cover goes in `extra`, which is spread
 * last and so may override the defaults (`{ default: true }`, `{ placeholder: 'US' }`, `{ required: true }`).
 */

/**
 * Where a field's value goes: the query or the body, under the field's own name or under `property`; or a whole
 * routing (a service's own helper, such as Lago's `inWrapper('customer')('name')`).
 */
export type Send = 'query' | 'body' | { type: 'query' | 'body'; property: string; value?: string } | INodePropertyRouting;

/** Anything else a field carries: placeholder, hint, typeOptions, required, displayOptions, another default… */
export type Extra = Partial<INodeProperties>;

/** The routing of a field sent as `send` says. */
export function sendAs(name: string, send: Send): Pick<INodeProperties, 'routing'> {
	if (typeof send === 'string') return { routing: { send: { type: send, property: name } } };
	return { routing: 'type' in send ? { send } : send };
}

/** A builder of fields of one type with one default value. */
function fieldOf(type: NodePropertyTypes, defaultValue: INodeProperties['default']) {
	return (name: string, displayName: string, description?: string, send?: Send, extra: Extra = {}): INodeProperties => ({
		displayName,
		name,
		type,
		default: defaultValue,
		...(description ? { description } : {}),
		...(send ? sendAs(name, send) : {}),
		...extra,
	});
}

/** A text field ('' by default). */
export const text = fieldOf('string', '');
/** A number field (0 by default: give `{ default }` for another). */
export const number = fieldOf('number', 0);
/** A switch (off by default). */
export const boolean = fieldOf('boolean', false);
/** A date and time, ISO 8601 ('' by default). */
export const dateTime = fieldOf('dateTime', '');
/** A JSON field ('{}' by default). */
export const json = fieldOf('json', '{}');
/** A colour ('' by default). */
export const color = fieldOf('color', '');

/** Choices from [name, value] or [name, value, description] rows. */
export function choices(rows: Array<[string, string] | [string, string, string]>): INodePropertyOptions[] {
	return rows.map(([name, value, description]) => ({ name, value, ...(description ? { description } : {}) }));
}

/** A list of choices: `rows` as in `choices`, `defaultValue` one of their values. */
export function options(
	name: string,
	displayName: string,
	description: string | undefined,
	rows: Array<[string, string] | [string, string, string]>,
	defaultValue: string,
	send?: Send,
	extra: Extra = {},
): INodeProperties {
	return fieldOf('options', defaultValue)(name, displayName, description, send, { options: choices(rows), ...extra });
}

/** Several choices (none by default): `rows` as in `choices`. */
export function multiOptions(
	name: string,
	displayName: string,
	description: string | undefined,
	rows: Array<[string, string] | [string, string, string]>,
	send?: Send,
	extra: Extra = {},
): INodeProperties {
	return fieldOf('multiOptions', [])(name, displayName, description, send, { options: choices(rows), ...extra });
}

/** The one kind of row of a fixedCollection: the parameter holds `{ [name]: row }` (or a list of rows). */
export interface Row {
	name: string;
	displayName: string;
	values: INodeProperties[];
}

/** A fixedCollection with one kind of row, given once; `placeholder` is the add button's text. */
export function fixedCollection(name: string, displayName: string, description: string | undefined, placeholder: string, row: Row, extra: Extra = {}): INodeProperties {
	return { displayName, name, type: 'fixedCollection', placeholder, default: {}, ...(description ? { description } : {}), options: [row], ...extra };
}

/** A fixedCollection of rows the user adds one after another (`multipleValues`): the parameter holds `{ [row.name]: [...] }`. */
export const rows = (name: string, displayName: string, description: string | undefined, placeholder: string, row: Row, extra: Extra = {}) =>
	fixedCollection(name, displayName, description, placeholder, row, { typeOptions: { multipleValues: true }, ...extra });

/** The optional groups of n8n's nodes, by parameter name: their display name and the add button's text. */
const GROUPS = {
	filters: ['Filters', 'Add Filter'],
	additionalFields: ['Additional Fields', 'Add Field'],
	updateFields: ['Update Fields', 'Add Field'],
	options: ['Options', 'Add Option'],
} as const;

/** A group of optional fields: Filters, Additional Fields, Update Fields or Options. */
export function group(name: keyof typeof GROUPS, fields: INodeProperties[], extra: Extra = {}): INodeProperties {
	const [displayName, placeholder] = GROUPS[name];
	return { displayName, name, type: 'collection', placeholder, default: {}, options: fields, ...extra };
}

/** A group of optional list filters. */
export const filters = (fields: INodeProperties[], extra?: Extra) => group('filters', fields, extra);

/** Additional Fields by default, Update Fields for updates. */
export const optionalFields = (fields: INodeProperties[], name: 'additionalFields' | 'updateFields' = 'additionalFields') =>
	group(name, fields);

/** A text filter sent as the query parameter `name`. */
export const queryText = (name: string, displayName: string, description: string, placeholder?: string) =>
	text(name, displayName, description, 'query', placeholder ? { placeholder } : {});

/** A text field sent as the body property `name`. */
export const bodyText = (name: string, displayName: string, description: string, placeholder?: string) =>
	text(name, displayName, description, 'body', placeholder ? { placeholder } : {});

/** Ascending or descending, as `sortOrder` in the query. */
export const sortOrder = options('sortOrder', 'Sort Order', undefined, [['Ascending', 'asc'], ['Descending', 'desc']], 'desc', 'query');

/** Sort By, sent as `sortBy` in the query: `rows` are [display name, value] pairs. */
export const sortBy = (defaultValue: string, rows: Array<[string, string]>) =>
	options('sortBy', 'Sort By', undefined, rows, defaultValue, 'query');

/** The "From List" mode of a resource locator: the list search `searchListMethod` of the node's methods. */
export const listMode = (searchListMethod: string) =>
	({ displayName: 'From List', name: 'list', type: 'list' as const, typeOptions: { searchListMethod, searchable: true } });

/**
 * A resource locator: "From List" (a list search through the vendor client, when `searchListMethod` is given) and
 * "By ID" with the ID's form, plus any further modes (By External ID…). Use it for every field that names a record.
 */
export function recordLocator(options: {
	displayName: string;
	name: string;
	/** `The <display name> to act on` when not given. */
	description?: string;
	/** The `methods.listSearch` function behind From List; without it, By ID only. */
	searchListMethod?: string;
	/** An example ID, shown in By ID. */
	placeholder: string;
	/** The form of an ID (a regular expression's source) and what to say when a typed ID does not have it. */
	idPattern?: { regex: string; errorMessage: string };
	/** The By ID mode's label ("By ID" when not given) and hint. */
	idLabel?: string;
	idHint?: string;
	extraModes?: INodeProperties['modes'];
	/** Further properties of the locator (required: false, displayOptions…). */
	extra?: Extra;
}): INodeProperties {
	const list = options.searchListMethod;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: list ? 'list' : 'id', value: '' },
		required: true,
		description: options.description ?? `The ${options.displayName.toLowerCase()} to act on`,
		modes: [
			...(list ? [listMode(list)] : []),
			{
				displayName: options.idLabel ?? 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder,
				...(options.idHint ? { hint: options.idHint } : {}),
				...(options.idPattern ? { validation: [{ type: 'regex' as const, properties: options.idPattern }] } : {}),
			},
			...(options.extraModes ?? []),
		],
		...options.extra,
	};
}

/** A further text mode of a resource locator: By External ID, By Tenant ID, By Short Link… */
export const locatorMode = (name: string, displayName: string, placeholder: string, hint: string) =>
	({ displayName, name, type: 'string' as const, placeholder, hint });
