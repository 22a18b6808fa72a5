/**
 * The packed package installs without pulling in n8n-workflow, with both installers n8n has had:
 * - n8n 1.x before its installer stripped peer dependencies (e.g. 1.85) ran a plain `npm install <package>` in
 *   `~/.n8n/nodes`. npm installs peer dependencies, and n8n-workflow@* (2.x today) pulls isolated-vm, whose native
 *   build fails on Node 20: the install failed. `peerDependenciesMeta` marks the peer optional, so npm leaves it out;
 *   n8n resolves `n8n-workflow` from its own install.
 * - newer n8n extracts the tarball, drops dev/peer/optional dependencies and runs `npm install` inside it
 *   (scripts/lib/n8n.js `installPackage`, which the e2e suites use).
 * Both run offline: the package has no dependencies to fetch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { installPackage, packPackage } = require('../../scripts/lib/n8n.js') as {
	installPackage: (tarball: string, userFolder: string) => Promise<string>;
	packPackage: (destination: string) => Promise<string>;
};

const repoRoot = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('installing the packed package', () => {
	const work = mkdtempSync(path.join(tmpdir(), 'install-styles-'));
	let tarball: string;

	beforeAll(async () => {
		tarball = await packPackage(path.join(work, 'pack'));
	}, 60000);

	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('declares n8n-workflow as an optional peer dependency', () => {
		expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(manifest.peerDependenciesMeta).toEqual({ 'n8n-workflow': { optional: true } });
		expect(manifest.dependencies ?? {}).toEqual({});
	});

	it('with a plain `npm install <tarball>` into an empty folder (n8n 1.85): n8n-workflow is not installed', () => {
		const nodesFolder = path.join(work, 'plain', '.n8n', 'nodes');
		mkdirSync(nodesFolder, { recursive: true });
		writeFileSync(path.join(nodesFolder, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true }));
		// A folder outside the project: the project .npmrc (ignore-scripts) does not apply, as for a user.
		execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: nodesFolder,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, npm_config_ignore_scripts: 'false' },
		});
		const modules = path.join(nodesFolder, 'node_modules');
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
			expect(existsSync(path.join(modules, manifest.name, file))).toBe(true);
		}
		expect(existsSync(path.join(modules, 'n8n-workflow'))).toBe(false);
		expect(existsSync(path.join(modules, 'isolated-vm'))).toBe(false);
		expect(existsSync(path.join(modules, manifest.name, 'node_modules'))).toBe(false);
	}, 60000);

	it("the way newer n8n's installer does (scripts/lib/n8n.js): n8n-workflow is not installed", async () => {
		const userFolder = path.join(work, 'newer');
		const target = await installPackage(tarball, userFolder);
		expect(target).toBe(path.join(userFolder, '.n8n', 'nodes', 'node_modules', manifest.name));
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(existsSync(path.join(target, file))).toBe(true);
		expect(existsSync(path.join(target, 'node_modules', 'n8n-workflow'))).toBe(false);
		expect(existsSync(path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-workflow'))).toBe(false);
	}, 60000);
});
