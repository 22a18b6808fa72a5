/**
 * The package as n8n sees it after an installer-style install: every node and credential listed under `n8n` in
 * package.json is loaded by a running n8n, and every workflow in examples/ imports and uses only types it knows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from '../../scripts/lib/runtime';
import { N8nInstance, PACKAGE_NAME, packageN8nSection } from './helpers';

const listed = packageN8nSection();

/** The `description` of the one class a built node or credential file exports. */
function describeBuilt(file: string): { name: string; usableAsTool?: boolean } {
	const exported = Object.values(require(join(repoRoot, file)) as Record<string, new () => any>);
	expect(exported).toHaveLength(1);
	const instance = new exported[0]();
	return instance.description ?? instance;
}

const examplesDir = join(repoRoot, 'examples');
const examples = readdirSync(examplesDir)
	.filter((f) => f.endsWith('.json'))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) }));

let n8n: N8nInstance;
let nodeTypes: Array<{ name: string; version: number | number[] }>;
let credentialTypes: Array<{ name: string }>;
let importResult: Awaited<ReturnType<N8nInstance['cli']>>;

beforeAll(async () => {
	n8n = await new N8nInstance().install();
	importResult = await n8n.cli(['import:workflow', '--separate', `--input=${examplesDir}`]);
	const { rest } = await n8n.start();
	nodeTypes = await rest.request('GET', '/types/nodes.json');
	credentialTypes = await rest.request('GET', '/types/credentials.json');
}, 180000);
afterAll(async () => {
	await n8n?.stop();
	n8n?.remove();
});

describe('the installed package in a running n8n', () => {
	it('loads every node listed in package.json under the package name, with a tool variant where usable as a tool', () => {
		expect(listed.nodes.length).toBeGreaterThan(0);
		const expected = listed.nodes.flatMap((file) => {
			const { name, usableAsTool } = describeBuilt(file);
			return usableAsTool ? [`${PACKAGE_NAME}.${name}`, `${PACKAGE_NAME}.${name}Tool`] : [`${PACKAGE_NAME}.${name}`];
		});
		const loaded = [...new Set(nodeTypes.map((t) => t.name))].filter((name) => name.startsWith(`${PACKAGE_NAME}.`));
		expect(loaded.sort()).toEqual(expected.sort());
	});

	it('loads every credential listed in package.json', () => {
		const loaded = new Set(credentialTypes.map((t) => t.name));
		const expected = listed.credentials.map((file) => describeBuilt(file).name);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.filter((name) => !loaded.has(name))).toEqual([]);
	});
});

describe('examples/', () => {
	it('has workflows, and n8n imports all of them', async () => {
		expect(examples.length).toBeGreaterThan(0);
		expect(importResult.code).toBe(0);
		const { data } = await n8n.rest!.request('GET', '/rest/workflows');
		const names = (data as Array<{ name: string }>).map((w) => w.name);
		expect(examples.map((e) => e.workflow.name).filter((name) => !names.includes(name))).toEqual([]);
	});

	it.each(examples.map((e) => [e.file, e.workflow]))(
		'%s uses only node types, versions and credential types this n8n has',
		(_file, workflow) => {
			const versions = new Map<string, number[]>();
			for (const t of nodeTypes) versions.set(t.name, [...(versions.get(t.name) ?? []), ...[t.version].flat()]);
			const credentials = new Set(credentialTypes.map((t) => t.name));
			const problems: string[] = [];
			for (const node of workflow.nodes as Array<{ name: string; type: string; typeVersion: number; credentials?: object }>) {
				if (!versions.has(node.type)) problems.push(`${node.name}: unknown type ${node.type}`);
				else if (!versions.get(node.type)!.includes(node.typeVersion))
					problems.push(`${node.name}: ${node.type} has no version ${node.typeVersion}`);
				for (const type of Object.keys(node.credentials ?? {}))
					if (!credentials.has(type)) problems.push(`${node.name}: unknown credential type ${type}`);
			}
			expect(problems).toEqual([]);
		},
	);
});
