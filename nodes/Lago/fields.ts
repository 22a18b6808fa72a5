import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

/** A comma-separated text field sent as a list. */
export const commaSeparated = '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}';

/** Sends the field as `property` of the body; Lago nests most bodies in a wrapper (`customer.name`). */
export const toBody = (property: string, value?: string): INodePropertyRouting => ({
	send: { type: 'body', property, ...(value ? { value } : {}) },
});

export const toQuery = (property: string, value?: string): INodePropertyRouting => ({
	send: { type: 'query', property, ...(value ? { value } : {}) },
});

/** `toBody` inside one wrapper object: `inWrapper('subscription')('name')` sends `subscription.name`. */
export const inWrapper = (wrapper: string) => (property: string, value?: string) => toBody(`${wrapper}.${property}`, value);

const LAGO_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';

const manualModes = {
	externalId: { displayName: 'By External ID', name: 'externalId' },
	code: { displayName: 'By Code', name: 'code' },
	id: { displayName: 'By ID', name: 'id' },
} as const;

/**
 * A Lago record picked from a list or given by the key its routes take: the external ID your application gave it,
 * its code, or its Lago ID (a UUID, checked in the editor).
 */
export function lagoLocator(options: {
	displayName: string;
	name: string;
	description?: string;
	searchListMethod: string;
	by: keyof typeof manualModes;
	placeholder?: string;
	hint?: string;
	routing?: INodePropertyRouting;
}): INodeProperties {
	const manual: INodeProperties['modes'] = [
		{
			...manualModes[options.by],
			type: 'string',
			placeholder: options.placeholder ?? LAGO_ID,
			...(options.hint ? { hint: options.hint } : {}),
			...(options.by === 'id'
				? {
						validation: [
							{
								type: 'regex' as const,
								properties: { regex: '^[0-9a-fA-F-]{36}$', errorMessage: `A Lago ID is a UUID like ${LAGO_ID}` },
							},
						],
					}
				: {}),
		},
	];
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...(options.description ? { description: options.description } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			...manual,
		],
		...(options.routing ? { routing: options.routing } : {}),
	};
}
