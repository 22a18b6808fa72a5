import type { INodeProperties } from 'n8n-workflow';

/** Fields that several Dub resources share: list filters and sort order. */

/** A text field sent as the query parameter or body property `name`. */
function textSent(type: 'query' | 'body') {
	return (name: string, displayName: string, description: string, placeholder?: string, property = name): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: '',
		...(placeholder ? { placeholder } : {}),
		description,
		routing: { send: { type, property } },
	});
}

/** A text filter sent as the query parameter `name`. */
export const queryText = textSent('query');

/** A text field sent as the body property `name`. */
export const bodyText = textSent('body');

/** Ascending or descending, as `sortOrder` in the query. */
export const sortOrder: INodeProperties = {
	displayName: 'Sort Order',
	name: 'sortOrder',
	type: 'options',
	default: 'desc',
	options: [
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
	routing: { send: { type: 'query', property: 'sortOrder' } },
};

/** Sort By: `options` are [display name, value] pairs. */
export function sortBy(defaultValue: string, options: Array<[string, string]>): INodeProperties {
	return {
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		default: defaultValue,
		options: options.map(([name, value]) => ({ name, value })),
		routing: { send: { type: 'query', property: 'sortBy' } },
	};
}

/** A group of optional list filters. */
export function filters(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** A group of optional fields: Additional Fields by default, Update Fields for updates. */
export function optionalFields(options: INodeProperties[], group: 'additionalFields' | 'updateFields' = 'additionalFields'): INodeProperties {
	return {
		displayName: group === 'updateFields' ? 'Update Fields' : 'Additional Fields',
		name: group,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/**
 * A record picked from a searchable list or given by its ID: the parameter `name`, a list search `searchMethod`
 * of the Dub node, and an ID `pattern` (a regular expression) with its example.
 */
export function locator(options: {
	displayName: string;
	name: string;
	searchMethod?: string;
	idLabel?: string;
	placeholder: string;
	pattern?: [string, string];
	description?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: options.searchMethod ? 'list' : 'id', value: '' },
		required: true,
		description: options.description ?? `The ${options.displayName.toLowerCase()} to act on`,
		modes: [
			...(options.searchMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							typeOptions: { searchListMethod: options.searchMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: options.idLabel ?? 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder,
				...(options.pattern
					? { validation: [{ type: 'regex' as const, properties: { regex: options.pattern[0], errorMessage: options.pattern[1] } }] }
					: {}),
			},
		],
	};
}

/** One of Dub's eight tag colours. */
export const tagColor: INodeProperties = {
	displayName: 'Color',
	name: 'color',
	type: 'options',
	default: 'blue',
	description: 'The colour of the tag in the Dub dashboard; Dub picks a random one when not given',
	options: ['Blue', 'Brown', 'Gray', 'Green', 'Pink', 'Purple', 'Red', 'Yellow'].map((name) => ({ name, value: name.toLowerCase() })),
	routing: { send: { type: 'body', property: 'color' } },
};
