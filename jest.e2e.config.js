/**
 * End-to-end tests against a real n8n (see scripts/lib/runtime.js): `npm run test:e2e`. Kept apart from the plain
 * `jest` run (files end in .e2e.ts) because the first run downloads n8n and Node 24 (a few minutes).
 * @type {import('jest').Config}
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.e2e.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'test/e2e/tsconfig.json' }],
	},
	globalSetup: '<rootDir>/test/e2e/globalSetup.js',
	// Each file starts n8n processes of its own; one file at a time keeps a 2-core machine responsive.
	maxWorkers: 1,
	testTimeout: 120000,
};
