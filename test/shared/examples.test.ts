import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { NodeHelpers, type INode, type INodeParameters } from 'n8n-workflow';

import { nodeTypeInstances } from '../engine';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const PACKAGE = 'n8n-nodes-customer-stack.';

interface StoredNode extends INode {
	parameters: INodeParameters;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { __rl?: unknown }).__rl !== true;

/** The paths of a node's stored parameters: `batchOptions.batchSize`, `metadata.values.0.key`. */
function storedPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) return value.flatMap((entry, index) => storedPaths(entry, `${prefix}${index}.`));
	if (!isPlainObject(value)) return [prefix.slice(0, -1)];
	return Object.entries(value).flatMap(([key, inner]) =>
		isPlainObject(inner) || (Array.isArray(inner) && inner.some(isPlainObject)) ? storedPaths(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
	);
}

const nodesOfExamples = readdirSync(EXAMPLES)
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) => {
		const workflow = JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as { nodes: StoredNode[] };
		return workflow.nodes.filter((node) => node.type.startsWith(PACKAGE)).map((node) => [file, node.name, node] as const);
	});

describe('Example workflows', () => {
	it('use the nodes of this package', () => {
		expect(nodesOfExamples.length).toBeGreaterThan(0);
	});

	it.each(nodesOfExamples)('%s › %s stores only parameters its node has', (_file, _name, node) => {
		// A tool node (`dubTool`) has the parameters of the node n8n derived it from (`dub`).
		const nodeType = nodeTypeInstances[node.type.slice(PACKAGE.length).replace(/Tool$/, '')];
		expect(nodeType).toBeDefined();
		// What n8n keeps of the stored parameters when it opens the workflow: names the node does not have are dropped.
		const kept = NodeHelpers.getNodeParameters(nodeType.description.properties, node.parameters, true, false, node, nodeType.description);
		const keptPaths = new Set(storedPaths(kept));
		expect(storedPaths(node.parameters).filter((stored) => !keptPaths.has(stored))).toEqual([]);
	});
});
