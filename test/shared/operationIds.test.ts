import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Operation, Resource } from '../../nodes/shared/operation';

const { dubDocuments, lagoDocuments, notihubDocuments } = require('../../scripts/lib/specs') as Record<string, () => OpenApi[]>;

interface OpenApi {
	paths: Record<string, Record<string, { operationId?: string }>>;
}

const DIST = path.resolve(__dirname, '../../dist/nodes');

/** The services whose node is built from operation modules (nodes/<Service>/actions/index.ts exports `resources`). */
const services = [
	{ service: 'Dub', documents: dubDocuments },
	{ service: 'Lago', documents: lagoDocuments },
	{ service: 'Notihub', documents: notihubDocuments },
].filter(({ service }) => existsSync(path.join(DIST, service, 'actions', 'index.js')));

const shape = (template: string) => template.replace(/\{\w+\}/g, '{}');

function vendorOperation(documents: OpenApi[], operationId: string) {
	for (const document of documents) {
		for (const [route, methods] of Object.entries(document.paths)) {
			for (const [method, operation] of Object.entries(methods)) {
				if (operation?.operationId === operationId) return { route, method: method.toUpperCase() };
			}
		}
	}
	return undefined;
}

const operationsOf = (service: string) => {
	const { resources } = require(path.join(DIST, service, 'actions', 'index.js')) as { resources: Resource[] };
	return resources.flatMap((resource) => resource.operations.map((operation) => [`${resource.value}.${operation.value}`, operation] as const));
};

describe.each(services)('$service operation modules', ({ service, documents }) => {
	it.each(operationsOf(service))('%s names the vendor operation it sends, with its method and path', (_name, operation: Operation) => {
		const vendor = vendorOperation(documents(), operation.operationId);
		expect(vendor).toBeDefined();
		expect(operation.method).toBe(vendor?.method);
		expect(shape(operation.path)).toBe(shape(vendor?.route ?? ''));
		// Every {name} of the path is filled from a field of the operation.
		const placeholders = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
		const fields = (operation.fields ?? []).map((field) => field.name);
		expect(placeholders.filter((name) => !fields.includes(name))).toEqual([]);
	});
});
