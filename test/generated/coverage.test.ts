/**
 * Every operation module is bound to its vendor's contract: its operationId exists in the vendor's OpenAPI document
 * with the same method and path template. The README's coverage section is what scripts/coverage-table.js makes of
 * the modules and the documents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { placeholders, routeShape } from './parameters';
import { coverageNote, operations, services } from './services';

const coverageTable = require('../../scripts/coverage-table.js') as {
	markdown: () => string;
	notApplicable: () => Record<string, Record<string, string>>;
};

const SPEC_OF: Record<string, string> = { Dub: 'dub', Lago: 'lago', Notihub: 'notihub' };

describe.each(services.map((service) => [coverageNote(service), service] as const))('%s', (_note, service) => {
	const own = operations.filter((o) => o.service === service);
	for (const resource of service.oldResources) {
		it.todo(`${service.service} › ${resource.value}: no operation modules yet, so its operations are not bound to the contract`);
	}

	if (own.length) {
		it.each(own.map((o) => [o.title, o] as const))('%s: method and path template match the contract', (_title, { operation }) => {
			const documented = service.spec.operations.get(operation.operationId);
			expect(documented).toBeDefined();
			expect(`${operation.method} ${routeShape(operation.path)}`).toBe(`${documented!.method} ${routeShape(documented!.path)}`);
			// Each {name} of the template is a field of the operation, so the path can be filled.
			const fields = (operation.fields ?? []).map((f) => f.name);
			for (const name of placeholders(operation.path)) expect(fields).toContain(name);
		});
	}

	it(`${service.service}: every "not applicable" operation exists in the contract and is not covered`, () => {
		const listed = Object.keys(coverageTable.notApplicable()[SPEC_OF[service.service]] ?? {});
		const covered = new Set(own.map((o) => o.operation.operationId));
		expect(listed.filter((id) => !service.spec.operations.has(id))).toEqual([]);
		expect(listed.filter((id) => covered.has(id))).toEqual([]);
	});
});

describe('README', () => {
	it('shows the coverage section generated from the modules and the contracts (npm run docs:coverage)', () => {
		const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
		expect(readme).toContain(`\n${coverageTable.markdown()}\n`);
	});
});
