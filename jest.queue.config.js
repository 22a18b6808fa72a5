/**
 * Queue-mode tests against a real n8n (`npm run test:queue`): a main process, a worker and a webhook processor on
 * PostgreSQL and Redis, as teams scale n8n. Files end in .queue.ts; each starts its own servers and n8n processes.
 * @type {import('jest').Config}
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.queue.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'test/e2e/tsconfig.json' }],
	},
	globalSetup: '<rootDir>/test/queue/globalSetup.js',
	// Five n8n processes (with their task runners), PostgreSQL and Redis per file: one file at a time.
	maxWorkers: 1,
	testTimeout: 120000,
};
