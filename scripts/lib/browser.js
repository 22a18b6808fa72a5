'use strict';
/**
 * Provisions what the editor check (test/e2e/editor.e2e.ts) drives n8n's editor with: `playwright-core` and a
 * Chromium. Neither is a project dependency:
 * - playwright-core, pinned, goes into the runtime cache next to n8n (scripts off: it needs none, and it downloads no
 *   browser of its own), marked complete like the rest of the cache;
 * - Chromium is the distribution's package. On a Debian/Ubuntu machine without it (a fresh CI runner), it is
 *   installed with apt-get when running as root or with password-less sudo; anywhere else the error says how to
 *   provide one.
 * CHROMIUM_PATH points at another Chromium or Chrome binary.
 */
const fs = require('node:fs');
const path = require('node:path');

const { cacheRoot, capture, log, run } = require('./runtime');

const PLAYWRIGHT_VERSION = '1.65.1';
const playwrightDir = path.join(cacheRoot, `playwright-core-${PLAYWRIGHT_VERSION}`);
const MARKER = '.provisioned.json';
/** Debian's `chromium` package: the real binary (/usr/bin/chromium is a wrapper script that prints warnings). */
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/** Arguments for Chromium in a container or CI runner: no sandbox (root), no GPU, no calls home. */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

const playwrightModule = () => path.join(playwrightDir, 'node_modules', 'playwright-core');

function playwrightReady() {
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(playwrightDir, MARKER), 'utf8'));
		return marker.playwrightCore === PLAYWRIGHT_VERSION && fs.existsSync(playwrightModule());
	} catch {
		return false;
	}
}

async function provisionPlaywright() {
	if (playwrightReady()) return;
	log(`installing playwright-core ${PLAYWRIGHT_VERSION} into ${playwrightDir}`);
	fs.rmSync(playwrightDir, { recursive: true, force: true });
	fs.mkdirSync(playwrightDir, { recursive: true });
	fs.writeFileSync(path.join(playwrightDir, 'package.json'), `${JSON.stringify({ name: 'e2e-browser', private: true }, null, 2)}\n`);
	await run(
		'npm',
		['install', '--no-audit', '--no-fund', '--no-package-lock', '--no-save', '--ignore-scripts=true', '--loglevel=error', `playwright-core@${PLAYWRIGHT_VERSION}`],
		{ cwd: playwrightDir, logFile: path.join(cacheRoot, 'install-playwright.log') },
	);
	fs.writeFileSync(
		path.join(playwrightDir, MARKER),
		`${JSON.stringify({ playwrightCore: PLAYWRIGHT_VERSION, at: new Date().toISOString() }, null, 2)}\n`,
	);
	for (const entry of fs.readdirSync(cacheRoot)) {
		const full = path.join(cacheRoot, entry);
		if (entry.startsWith('playwright-core-') && full !== playwrightDir) fs.rmSync(full, { recursive: true, force: true });
	}
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => fs.existsSync('/usr/bin/apt-get');

async function provisionChromium() {
	if (process.env.CHROMIUM_PATH) {
		if (!fs.existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
		return process.env.CHROMIUM_PATH;
	}
	if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	const missing = new Error(
		`No Chromium at ${DEBIAN_CHROMIUM}. Install it (Debian/Ubuntu: \`sudo apt-get install chromium\`), ` +
			'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	);
	if (!hasAptGet()) throw missing;
	// As root, or through password-less sudo (CI runners); never asking for a password.
	const asRoot = isRoot() ? [] : ['sudo', '-n', '--preserve-env=DEBIAN_FRONTEND'];
	if (asRoot.length && !(await run('sudo', ['-n', 'true'], { quiet: true }).then(() => true, () => false))) throw missing;
	const logFile = path.join(cacheRoot, 'install-chromium.log');
	log(`installing Debian's chromium package with apt-get (log: ${logFile})`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const aptGet = (args) => (asRoot.length ? run(asRoot[0], [...asRoot.slice(1), 'apt-get', ...args], { env, logFile }) : run('apt-get', args, { env, logFile }));
	await aptGet(['update']);
	await aptGet(['install', '-y', '--no-install-recommends', 'chromium']);
	if (!fs.existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is missing`);
	return DEBIAN_CHROMIUM;
}

/**
 * Makes sure playwright-core and Chromium are there; returns the playwright-core module, the browser's path and the
 * arguments to launch it with.
 * @returns {Promise<{ playwright: typeof import('playwright-core'), executablePath: string, args: string[], version: string }>}
 */
async function ensureBrowser() {
	fs.mkdirSync(cacheRoot, { recursive: true });
	const started = Date.now();
	const [executablePath] = await Promise.all([provisionChromium(), provisionPlaywright()]);
	const seconds = (Date.now() - started) / 1000;
	if (seconds > 2) log(`browser ready in ${Math.round(seconds)} s`);
	const version = (await capture(executablePath, ['--version'])).trim();
	return { playwright: require(playwrightModule()), executablePath, args: CHROMIUM_ARGS, version };
}

module.exports = { ensureBrowser, CHROMIUM_ARGS, PLAYWRIGHT_VERSION };

if (require.main === module) {
	ensureBrowser().then(
		({ executablePath, version }) => log(`playwright-core ${PLAYWRIGHT_VERSION}; ${version} at ${executablePath}`),
		(error) => {
			log(error.message);
			process.exit(1);
		},
	);
}
