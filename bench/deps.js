/**
 * The bench's own dependencies, installed on first run into bench/.deps (git-ignored) so that `npm ci` never pays
 * for them. Pinned.
 *
 * n8n-nodes-base is unpacked WITHOUT its dependencies: it declares ~90 (databases, cloud SDKs), and installing them
 * would also install a second n8n-workflow, whose classes would fail n8n-core's `instanceof` checks. Unpacked under
 * bench/.deps/node_modules, its `require('n8n-workflow')` (and lodash, @n8n/*) climbs to the project's node_modules
 * and gets the very instances n8n-core uses. Only what the HTTP Request node loads and the project lacks is installed,
 * at the versions n8n-nodes-base pins (read from its own package.json).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DEPS = path.join(__dirname, '.deps');
const MODULES = path.join(DEPS, 'node_modules');

const PINNED = {
	dub: '0.73.5',
	'lago-javascript-client': '1.53.0',
	'n8n-nodes-base': '2.41.1',
};
// Loaded by the HTTP Request node (its tool-mode response optimizer) at require time; absent from the project.
const HTTP_NODE_EXTRAS = ['@mozilla/readability', 'cheerio', 'html-to-text', 'jsdom'];
const STAMP = path.join(DEPS, 'installed.json');

function npm(args, cwd = ROOT) {
	execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

function installed() {
	try {
		return JSON.stringify(JSON.parse(fs.readFileSync(STAMP, 'utf8')).pinned) === JSON.stringify(PINNED);
	} catch {
		return false;
	}
}

function install() {
	console.log('bench: installing the bench dependencies into bench/.deps (first run only)...');
	fs.rmSync(DEPS, { recursive: true, force: true });
	fs.mkdirSync(DEPS, { recursive: true });
	fs.writeFileSync(path.join(DEPS, 'package.json'), JSON.stringify({ name: 'bench-deps', private: true }, null, 2));

	npm(['pack', `n8n-nodes-base@${PINNED['n8n-nodes-base']}`, '--pack-destination', DEPS, '--silent'], DEPS);
	const tarball = fs.readdirSync(DEPS).find((f) => f.startsWith('n8n-nodes-base-') && f.endsWith('.tgz'));
	const unpackTo = path.join(DEPS, 'unpacked');
	fs.mkdirSync(unpackTo);
	execFileSync('tar', ['-xzf', path.join(DEPS, tarball), '-C', unpackTo]);
	const basePkg = JSON.parse(fs.readFileSync(path.join(unpackTo, 'package', 'package.json'), 'utf8'));
	const extras = HTTP_NODE_EXTRAS.map((name) => `${name}@${basePkg.dependencies[name]}`);

	npm([
		'install',
		'--prefix',
		DEPS,
		'--ignore-scripts',
		'--no-audit',
		'--no-fund',
		'--no-package-lock',
		'--save-exact',
		`dub@${PINNED.dub}`,
		`lago-javascript-client@${PINNED['lago-javascript-client']}`,
		...extras,
	]);
	// After `npm install`, which would prune a package it did not install itself.
	fs.renameSync(path.join(unpackTo, 'package'), path.join(MODULES, 'n8n-nodes-base'));
	fs.rmSync(unpackTo, { recursive: true });
	fs.rmSync(path.join(DEPS, tarball));
	fs.writeFileSync(STAMP, JSON.stringify({ pinned: PINNED, extras }, null, 2));
}

/** Requires a bench dependency from bench/.deps. */
function requireDep(name) {
	return require(require.resolve(name, { paths: [MODULES] }));
}

/** Fails loudly when n8n-nodes-base would get its own n8n-workflow or n8n-core. */
function assertSharedInstances() {
	const base = path.join(MODULES, 'n8n-nodes-base');
	for (const shared of ['n8n-workflow', 'n8n-core']) {
		const fromBase = fs.realpathSync(require.resolve(shared, { paths: [base] }));
		const fromProject = fs.realpathSync(require.resolve(shared, { paths: [ROOT] }));
		if (fromBase !== fromProject) {
			throw new Error(`n8n-nodes-base resolves ${shared} to ${fromBase}, the project to ${fromProject}`);
		}
	}
}

function ensureDeps() {
	if (!installed()) install();
	assertSharedInstances();
}

module.exports = { ensureDeps, requireDep, assertSharedInstances, MODULES, PINNED };

if (require.main === module) ensureDeps();
