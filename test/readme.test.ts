import { readFileSync } from 'node:fs';
import path from 'node:path';

const { tables } = require('../scripts/operations-table.js') as { tables: () => Record<string, string> };

describe('README', () => {
	const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

	it.each(Object.entries(tables()))('lists exactly the resources, operations or events of %s', (name, table) => {
		expect(readme).toContain(`### ${name}\n`);
		expect(readme).toContain(`\n${table}\n`);
	});
});
