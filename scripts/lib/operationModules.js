'use strict';
/**
 * The operation modules of the BUILT nodes (dist/nodes/<Service>/actions), for the README's coverage table and the
 * tests generated from them (test/generated). A service whose actions/index.js exports `resources` is read from
 * there; otherwise each resource of the node that has its own actions/<resource>/index.js is read, and the
 * remaining resources are reported as not yet described by operation modules.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'nodes');

/** The action nodes, with the vendor contract each is bound to. */
const SERVICES = [
	{ service: 'Dub', nodeType: 'dub', spec: 'dub' },
	{ service: 'Lago', nodeType: 'lago', spec: 'lago' },
	{ service: 'Notihub', nodeType: 'notihub', spec: 'notihub' },
];

const isResource = (value) => !!value && typeof value === 'object' && Array.isArray(value.operations) && typeof value.value === 'string';

function nodeDescription(service) {
	const file = path.join(DIST, service, `${service}.node.js`);
	const exported = require(file);
	const Node = exported[service] ?? Object.values(exported)[0];
	return new Node().description;
}

/**
 * @returns {{ service: string, nodeType: string, spec: string, source: 'actions/index.js' | 'actions/<resource>/index.js' | 'none',
 *   resources: { name: string, value: string, operations: object[] }[], oldResources: { name: string, value: string }[] }}
 */
function loadService({ service, nodeType, spec }) {
	const description = nodeDescription(service);
	const resourceSelector = description.properties.find((p) => p.name === 'resource');
	const nodeResources = (resourceSelector?.options ?? []).map((o) => ({ name: o.name, value: o.value }));
	const actions = path.join(DIST, service, 'actions');
	let resources = [];
	let source = 'none';
	if (fs.existsSync(path.join(actions, 'index.js'))) {
		const exported = require(path.join(actions, 'index.js'));
		resources = Array.isArray(exported.resources) ? exported.resources : Object.values(exported).filter(isResource);
		source = 'actions/index.js';
	} else {
		for (const { value } of nodeResources) {
			const file = path.join(actions, value, 'index.js');
			if (!fs.existsSync(file)) continue;
			const found = Object.values(require(file)).find(isResource);
			if (found) resources.push(found);
		}
		if (resources.length) source = 'actions/<resource>/index.js';
	}
	const covered = new Set(resources.map((r) => r.value));
	return { service, nodeType, spec, source, resources, oldResources: nodeResources.filter((r) => !covered.has(r.value)) };
}

const loadAll = () => SERVICES.map(loadService);

module.exports = { SERVICES, loadAll, loadService };
