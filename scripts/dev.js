'use strict';
/**
 * `npm run dev`: builds this package, installs it into a local n8n the way n8n's community-node installer does, and
 * starts that n8n on http://localhost:5678 with an owner account ready to sign in with.
 *
 * The first run downloads n8n and Node 24 from the npm registry into .cache/n8n-runtime (a few minutes); later runs
 * reuse them. The instance's data (SQLite database, workflows, credentials) stays in .cache/n8n-dev between runs; the
 * workflows in examples/ are imported on its first start.
 * Stop it with Ctrl+C; run `npm run dev` again after changing the nodes.
 *
 * Environment: N8N_PORT (default 5678), N8N_LISTEN_ADDRESS (default 127.0.0.1), N8N_DEV_EMAIL / N8N_DEV_PASSWORD
 * (the owner account created on first start).
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { N8nRest, installPackage, n8nCli, packPackage, startN8n } = require('./lib/n8n');
const { ensureRuntime, log, repoRoot, run } = require('./lib/runtime');

const DEV_EMAIL = process.env.N8N_DEV_EMAIL || 'dev@example.com';
const DEV_PASSWORD = process.env.N8N_DEV_PASSWORD || 'DevPassword1';
const port = Number(process.env.N8N_PORT || 5678);
const listenAddress = process.env.N8N_LISTEN_ADDRESS || '127.0.0.1';
const userFolder = path.join(repoRoot, '.cache', 'n8n-dev');

function assertPortFree() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', () =>
			reject(new Error(`Port ${port} is in use (another n8n?). Stop it, or start with N8N_PORT=<another port>.`)),
		);
		probe.listen(port, listenAddress, () => probe.close(() => resolve()));
	});
}

async function main() {
	const started = Date.now();
	await assertPortFree();
	const runtime = await ensureRuntime();
	log('building the package');
	await run('npm', ['run', '--silent', 'build'], { cwd: repoRoot });
	const tarball = await packPackage(path.join(userFolder, 'pack'));
	const installed = await installPackage(tarball, userFolder);
	fs.rmSync(tarball);
	log(`installed ${path.relative(repoRoot, installed)}`);
	const firstStart = !fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'));
	if (firstStart) {
		const imported = await n8nCli(['import:workflow', '--separate', `--input=${path.join(repoRoot, 'examples')}`], { userFolder });
		log(imported.code === 0 ? 'imported the workflows in examples/ (first start only)' : `could not import examples/:\n${imported.stdout}`);
	}
	log(`starting n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}`);

	const n8n = await startN8n({ userFolder, port, listenAddress, host: 'localhost', output: 'inherit' });
	let stopping = false;
	const stop = (signal) => {
		if (stopping) return;
		stopping = true;
		log(`${signal}: stopping n8n`);
		void n8n.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', () => stop('SIGINT'));
	process.once('SIGTERM', () => stop('SIGTERM'));
	void n8n.exited.then(({ code, signal }) => {
		if (stopping) return;
		log(`n8n exited on its own (${signal ?? `code ${code}`})`);
		process.exit(code ?? 1);
	});

	const rest = new N8nRest(n8n.url);
	let account;
	if (await rest.needsOwnerSetup()) {
		await rest.setupOwner({ email: DEV_EMAIL, password: DEV_PASSWORD });
		account = `Sign in with ${DEV_EMAIL} / ${DEV_PASSWORD} (owner account created now).`;
	} else {
		account = await rest.login({ email: DEV_EMAIL, password: DEV_PASSWORD }).then(
			() => `Sign in with ${DEV_EMAIL} / ${DEV_PASSWORD}.`,
			() => `The owner account was created earlier and no longer matches ${DEV_EMAIL} / ${DEV_PASSWORD}; delete .cache/n8n-dev to start over.`,
		);
	}
	const { n8n: nodes } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const names = nodes.nodes.map((file) => path.basename(file, '.node.js')).join(', ');
	process.stderr.write(
		[
			'',
			`  n8n ${runtime.n8nVersion} is running: http://localhost:${port}`,
			`  ${account}`,
			`  Nodes from this package: ${names} (search for them in the nodes panel; they show "Via npm").`,
			`  The workflows in examples/ were imported on the first start; add a credential to run them.`,
			`  Ready in ${Math.round((Date.now() - started) / 1000)} s. Data stays in .cache/n8n-dev. Ctrl+C stops n8n.`,
			'',
			'',
		].join('\n'),
	);
}

main().catch((error) => {
	log(error.message);
	process.exit(1);
});
