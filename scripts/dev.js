'use strict';
/**
 * `npm run dev`: builds this package, installs it into a local n8n the way n8n's community-node installer does, and
 * starts that n8n on http://localhost:5678 with an owner account ready to sign in with.
 *
 * The first run downloads n8n and the Node it needs from the npm registry into .cache/n8n-runtime (a few minutes;
 * N8N_RUNTIME_CACHE moves it); later runs reuse them. N8N_VERSION picks the n8n: 2.41.1 (default, on Node 24) or
 * 1.123 (n8n 1.123.81, on Node 22); see scripts/lib/runtime.js. The instance's data (SQLite database, workflows,
 * credentials) stays in .cache/n8n-dev between runs (.cache/n8n-dev-<version> for another n8n version: a database
 * is not shared between n8n versions); the workflows in examples/ are imported on its first start.
 * Stop it with Ctrl+C; run `npm run dev` again after changing the nodes.
 *
 * `npm run demo` (`npm run dev -- --sandbox`) also starts the sandbox (scripts/sandbox): local Dub-, Lago- and
 * Notihub-compatible servers with sample data. It runs its own instance (data in .cache/n8n-sandbox), imports
 * credentials for the sandbox on every start, and on its first start imports examples/ and activates the example
 * workflows that start from a Dub or Lago event, so that the sandbox's webhooks reach them. The sandbox's sample data
 * resets at every start; the webhooks n8n registered with it are kept (.cache/n8n-sandbox/sandbox-webhooks.json),
 * because n8n does not register an active trigger again when it boots. A request that breaks a vendor contract is
 * refused as the test servers refuse it, and logged as "[sandbox <service>] contract violation: …".
 *
 * Environment: N8N_VERSION (see above), N8N_PORT (default 5678), N8N_LISTEN_ADDRESS (default 127.0.0.1), N8N_DEV_EMAIL / N8N_DEV_PASSWORD
 * (the owner account created on first start), SANDBOX_DUB_PORT / SANDBOX_LAGO_PORT / SANDBOX_NOTIHUB_PORT (5701-5703).
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { N8nRest, installPackage, n8nCli, packPackage, startN8n } = require('./lib/n8n');
const { DEFAULT_N8N_VERSION, ensureRuntime, log, N8N_VERSION, repoRoot, run } = require('./lib/runtime');
const { DEFAULT_PORTS, SANDBOX_TRIGGER_WORKFLOWS, startSandbox } = require('./sandbox');

const DEV_EMAIL = process.env.N8N_DEV_EMAIL || 'dev@example.com';
const DEV_PASSWORD = process.env.N8N_DEV_PASSWORD || 'DevPassword1';
const port = Number(process.env.N8N_PORT || 5678);
const listenAddress = process.env.N8N_LISTEN_ADDRESS || '127.0.0.1';
const sandboxMode = process.argv.includes('--sandbox');
const defaultVersion = N8N_VERSION === DEFAULT_N8N_VERSION;
const userFolder = path.join(repoRoot, '.cache', `${sandboxMode ? 'n8n-sandbox' : 'n8n-dev'}${defaultVersion ? '' : `-${N8N_VERSION}`}`);

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
	// Before n8n starts: active workflows register their webhooks with the sandbox at boot.
	const sandbox = sandboxMode ? await startSandboxFor(userFolder) : undefined;
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
		log(`${signal}: stopping n8n${sandbox ? ' and the sandbox' : ''}`);
		void n8n
			.stop()
			.then(() => sandbox?.close())
			.then(() => process.exit(0));
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
	const activation = sandbox && firstStart ? await activateTriggerWorkflows(rest) : [];
	const { n8n: nodes } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const names = nodes.nodes.map((file) => path.basename(file, '.node.js')).join(', ');
	const editor = `http://localhost:${port}`;
	const lines = [
		'',
		`  n8n ${runtime.n8nVersion} is running: ${editor}`,
		`  ${account}`,
		`  Nodes from this package: ${names} (search for them in the nodes panel; they show "Via npm").`,
	];
	if (sandbox) {
		lines.push(
			'',
			'  Sandbox (no accounts needed; sample data in memory, reset at every start; registered webhooks are kept):',
			`    Dub      ${sandbox.dub.url}`,
			`    Lago     ${sandbox.lago.url}`,
			`    Notihub  ${sandbox.notihub.url}`,
			'  The credentials "Dub (sandbox)", "Lago (sandbox)" and "Notihub (sandbox)" point at them.',
			...activation,
			'  Try it:',
			`    1. Open ${editor}/workflow/exLeadToBilling ("Dub lead → Lago customer → Notihub welcome") and click`,
			'       "Execute workflow": it runs on the pinned sample lead; click each node to see what the sandbox answered.',
			`    2. Open ${editor}/workflow/exDubTrackLead ("Dub: track a sign-up as a lead") and click "Execute workflow":`,
			'       Dub sends lead.created to the active lead workflow, whose new Lago customer starts',
			'       "Lago new customer → Dub partner" (see Overview → Executions).',
			`    3. Open ${editor}/workflow/exLagoUsageBatch ("Lago: send usage events in one batch") and click "Execute workflow".`,
		);
	} else {
		lines.push(
			`  The workflows in examples/ were imported on the first start; add a credential to run them.`,
			'  No account at hand? `npm run demo` runs them against local sandbox servers.',
		);
	}
	lines.push(
		`  Ready in ${Math.round((Date.now() - started) / 1000)} s. Data stays in ${path.relative(repoRoot, userFolder)}. Ctrl+C stops ${sandbox ? 'n8n and the sandbox' : 'n8n'}.`,
		'',
		'',
	);
	process.stderr.write(lines.join('\n'));
}

/** Starts the sandbox servers and imports the credentials that point at them (their URLs can change between runs). */
async function startSandboxFor(folder) {
	fs.mkdirSync(folder, { recursive: true });
	const envPort = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
	const sandbox = await startSandbox({
		ports: {
			dub: envPort('SANDBOX_DUB_PORT', DEFAULT_PORTS.dub),
			lago: envPort('SANDBOX_LAGO_PORT', DEFAULT_PORTS.lago),
			notihub: envPort('SANDBOX_NOTIHUB_PORT', DEFAULT_PORTS.notihub),
		},
		log: (message) => process.stderr.write(`${message}\n`),
		stateFile: path.join(folder, 'sandbox-webhooks.json'),
	});
	const file = path.join(folder, 'sandbox-credentials.json');
	fs.writeFileSync(file, JSON.stringify(sandbox.credentials(), null, 2));
	try {
		const imported = await n8nCli(['import:credentials', `--input=${file}`], { userFolder: folder });
		if (imported.code !== 0) throw new Error(`could not import the sandbox credentials:\n${imported.stdout}\n${imported.stderr}`);
	} finally {
		fs.rmSync(file, { force: true });
	}
	log('sandbox running; its credentials are imported');
	return sandbox;
}

/** Activates the example workflows that start from a sandbox event; returns lines for the summary. */
async function activateTriggerWorkflows(rest) {
	const lines = [];
	for (const { id, name } of SANDBOX_TRIGGER_WORKFLOWS) {
		const status = await rest.activateWorkflow(id).catch((error) => ({ status: 'failed', triggers: [{ errorMessage: error.message }] }));
		const problem = status.triggers?.find((t) => t.status !== 'activated')?.errorMessage;
		lines.push(
			status.status === 'published' && !problem
				? `  Activated "${name}": its trigger registered a webhook with the sandbox.`
				: `  Could not activate "${name}": ${problem ?? status.status}`,
		);
	}
	return lines;
}

main().catch((error) => {
	log(error.message);
	process.exit(1);
});
