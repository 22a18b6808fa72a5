import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { text } from '../../../shared/fields';

/** Rows of a key and comma-separated values sent as `{"key": ["a", "b"]}` (charge filter values). */
export const keyValuesObject =
	'={{ Object.fromEntries(($value.values || []).map(v => [String(v.key).trim(), String(v.values).split(",").map(s => s.trim()).filter(s => s)])) }}';

/** Filter rows for charges: which event property values a filter matches, e.g. region = us, eu. */
export function filterValueRows(routing: INodePropertyRouting, required = false): INodeProperties {
	return {
		displayName: 'Matching Values',
		name: 'filterValues',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Matching Value',
		default: {},
		required,
		description: 'The event property values this filter matches; the keys are filters of the billable metric',
		options: [
			{
				displayName: 'Match',
				name: 'values',
				values: [
					text('key', 'Key', undefined, undefined, { placeholder: 'region' }),
					text('values', 'Values', 'Comma-separated', undefined, { placeholder: 'us, eu' }),
				],
			},
		],
		routing,
	};
}
