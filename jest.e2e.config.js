/**
 * End-to-end tests against a real n8n (see scripts/lib/runtime.js): `npm run test:e2e`. Kept apart from the plain
 * `jest` run (files end in .e2e.ts) because the first run downloads n8n and Node 24 (a few minutes).
 * @type {import('jest').Config}
 */
const { N8N_MAJOR } = require('./scripts/lib/runtime');

module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.e2e.ts'],
	// The editor check reads the markup of n8n 2.x's nodes panel (n8n 1.x's entries lack the description element);
	// on N8N_VERSION=1.x the package's loading in n8n is covered by package.e2e.ts.
	testPathIgnorePatterns: N8N_MAJOR >= 2 ? ['/node_modules/'] : ['/node_modules/', '/editor\\.e2e\\.ts$'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'test/e2e/tsconfig.json' }],
	},
	globalSetup: '<rootDir>/test/e2e/globalSetup.js',
	// Each file starts n8n processes of its own; one file at a time keeps a 2-core machine responsive.
	maxWorkers: 1,
	testTimeout: 120000,
};
