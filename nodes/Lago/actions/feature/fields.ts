import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { inWrapper } from '../../fields';
import { options, rows, text } from '../../../shared/fields';

export { featureLocator } from '../sharedFields/locators';

const body = inWrapper('feature');

export const featureOutput = unwrap('feature');

const privileges: INodeProperties = rows('privileges', 'Privileges', 'What a plan can set for this feature, e.g. a maximum number of seats', 'Add Privilege', { name: 'values', displayName: 'Privilege', values: [
	text('code', 'Code', undefined, undefined, { placeholder: 'max' }),
	text('name', 'Name', undefined, undefined, { placeholder: 'Maximum' }),
	options('valueType', 'Value Type', undefined, [['Boolean', 'boolean'], ['Integer', 'integer'], ['Select', 'select'], ['String', 'string']], 'integer'),
	text('selectOptions', 'Select Options', 'For Select: the allowed values, comma-separated', undefined, { placeholder: 'google, okta' }),
] }, { routing: body(
		'privileges',
		'={{ ($value.values || []).map(p => ({ code: String(p.code).trim(), ...(p.name ? { name: p.name } : {}), value_type: p.valueType, ...(p.valueType === "select" ? { config: { select_options: String(p.selectOptions).split(",").map(s => s.trim()).filter(s => s) } } : {}) })) }}',
	) });

export const featureDetails: INodeProperties[] = [
	text('description', 'Description', undefined, body('description')),
	text('name', 'Name', undefined, body('name'), { placeholder: 'Number of seats' }),
	privileges,
];
