import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { inWrapper } from '../../fields';

export { featureLocator } from '../sharedFields/locators';

const body = inWrapper('feature');

export const featureOutput = unwrap('feature');

const privileges: INodeProperties = {
	displayName: 'Privileges',
	name: 'privileges',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Privilege',
	default: {},
	description: 'What a plan can set for this feature, e.g. a maximum number of seats',
	options: [
		{
			displayName: 'Privilege',
			name: 'values',
			values: [
				{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'max' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Maximum' },
				{
					displayName: 'Value Type',
					name: 'valueType',
					type: 'options',
					default: 'integer',
					options: [
						{ name: 'Boolean', value: 'boolean' },
						{ name: 'Integer', value: 'integer' },
						{ name: 'Select', value: 'select' },
						{ name: 'String', value: 'string' },
					],
				},
				{
					displayName: 'Select Options',
					name: 'selectOptions',
					type: 'string',
					default: '',
					placeholder: 'google, okta',
					description: 'For Select: the allowed values, comma-separated',
				},
			],
		},
	],
	routing: body(
		'privileges',
		'={{ ($value.values || []).map(p => ({ code: String(p.code).trim(), ...(p.name ? { name: p.name } : {}), value_type: p.valueType, ...(p.valueType === "select" ? { config: { select_options: String(p.selectOptions).split(",").map(s => s.trim()).filter(s => s) } } : {}) })) }}',
	),
};

export const featureDetails: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', default: '', routing: body('description') },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Number of seats', routing: body('name') },
	privileges,
];
