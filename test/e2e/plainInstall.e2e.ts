/**
 * The package installed the way n8n 1.x's older community-node installer does it (n8n 1.85: a plain
 * `npm install <package>` in `~/.n8n/nodes`, peer dependencies not stripped): npm leaves the optional peer
 * n8n-workflow out, and the running n8n loads every node and credential with its own n8n-workflow and runs one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ContractServer } from '../contract/server';
import { customer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { itemsOf, manualTrigger, N8nInstance, PACKAGE_NAME, packageN8nSection } from './helpers';
import { packedTarball } from './paths';

let n8n: N8nInstance;
let server: ContractServer;
let nodeTypes: Array<{ name: string }>;
let credentialTypes: Array<{ name: string }>;
const nodesFolder = () => join(n8n.userFolder, '.n8n', 'nodes');

beforeAll(async () => {
	server = await startDubServer();
	n8n = new N8nInstance();
	mkdirSync(nodesFolder(), { recursive: true });
	writeFileSync(join(nodesFolder(), 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true }));
	execFileSync('npm', ['install', packedTarball(), '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: nodesFolder(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const credential = { id: 'DubPlainInstal01', name: 'Dub (contract server)' };
	await n8n.importCredentials([{ ...credential, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` } }]);
	await n8n.importWorkflow('DubPlainInstall1', 'Dub after a plain npm install (e2e)', [
		manualTrigger,
		{
			name: 'Get Many Customers',
			type: `${PACKAGE_NAME}.dub`,
			typeVersion: 1,
			parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 1 },
			credentials: { dubApi: credential },
		},
	]);
	const { rest } = await n8n.start();
	nodeTypes = await rest.request('GET', '/types/nodes.json');
	credentialTypes = await rest.request('GET', '/types/credentials.json');
}, 240000);
afterAll(async () => {
	await n8n?.stop();
	n8n?.remove();
	await server?.close();
});

describe('after a plain `npm install <tarball>` in ~/.n8n/nodes (n8n 1.85 style)', () => {
	it('npm installed the package without n8n-workflow', () => {
		expect(existsSync(join(nodesFolder(), 'node_modules', PACKAGE_NAME, 'package.json'))).toBe(true);
		expect(existsSync(join(nodesFolder(), 'node_modules', 'n8n-workflow'))).toBe(false);
	});

	it('n8n loads every node and credential', () => {
		const loaded = new Set(nodeTypes.map((t) => t.name));
		const expectedNodes = packageN8nSection().nodes.length;
		expect([...loaded].filter((name) => name.startsWith(`${PACKAGE_NAME}.`) && !name.endsWith('Tool'))).toHaveLength(expectedNodes);
		const credentials = new Set(credentialTypes.map((t) => t.name));
		expect(['dubApi', 'lagoApi', 'notihubApi'].filter((name) => !credentials.has(name))).toEqual([]);
	});

	it('runs a Dub workflow', async () => {
		server.on('getCustomers', { body: [customer(1)] });
		const { run } = await n8n.execute('DubPlainInstall1');
		expect(run.data.resultData.error).toBeUndefined();
		expect(itemsOf(run, 'Get Many Customers')).toEqual([customer(1)]);
		server.expectNoViolations();
	});
});
