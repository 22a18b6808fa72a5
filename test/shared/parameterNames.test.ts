import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { nodeTypeInstances } from '../engine';

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Names not renamed yet, each until its resource moves to actions/ (docs/DEVELOPMENT.md): Dub's link UTM fields.
 * Nothing may be added here.
 */
const NOT_MIGRATED_YET: Record<string, string[]> = {};

const notCamelCase = (paths: string[]) => paths.filter((path) => !CAMEL_CASE.test(path.split('.').pop() as string));

/** Every name a workflow stores for a node: its parameters, the options of collections, fixed collections and their values. */
function storedNames(properties: INodeProperties[], path = ''): string[] {
	return properties.flatMap((property) => {
		const here = `${path}${property.name}`;
		const options = (property.options ?? []) as Array<INodeProperties | INodePropertyCollection>;
		if (property.type === 'collection') return [here, ...storedNames(options as INodeProperties[], `${here}.`)];
		if (property.type === 'fixedCollection') {
			return [
				here,
				...(options as INodePropertyCollection[]).flatMap((group) => [
					`${here}.${group.name}`,
					...storedNames(group.values, `${here}.${group.name}.`),
				]),
			];
		}
		return [here];
	});
}

describe('Parameter names', () => {
	it.each(Object.keys(nodeTypeInstances).filter((name) => name !== 'testInput'))('every parameter of %s is camelCase', (name) => {
		const names = storedNames(nodeTypeInstances[name].description.properties);
		expect(names.length).toBeGreaterThan(0);
		const pending = NOT_MIGRATED_YET[name] ?? [];
		expect(notCamelCase(names).filter((path) => !pending.includes(path))).toEqual([]);
	});

	it('walks into collections and fixed collections', () => {
		const names = storedNames([
			{ displayName: 'A', name: 'a_b', type: 'string', default: '' },
			{
				displayName: 'Group',
				name: 'group',
				type: 'collection',
				default: {},
				options: [{ displayName: 'C', name: 'c_d', type: 'string', default: '' }],
			},
			{
				displayName: 'Rows',
				name: 'rows',
				type: 'fixedCollection',
				default: {},
				options: [{ displayName: 'Row', name: 'row_values', values: [{ displayName: 'E', name: 'e_f', type: 'string', default: '' }] }],
			},
		]);
		expect(names).toEqual(['a_b', 'group', 'group.c_d', 'rows', 'rows.row_values', 'rows.row_values.e_f']);
		expect(notCamelCase(names)).toEqual([
			'a_b',
			'group.c_d',
			'rows.row_values',
			'rows.row_values.e_f',
		]);
	});
});
