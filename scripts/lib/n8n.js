'use strict';
/**
 * Drives a real n8n from the cache (see runtime.js): installs this package the way n8n's community-node installer
 * does, runs n8n's CLI, starts and stops `n8n start`, and talks to its REST API. Shared by `npm run dev` and the
 * end-to-end tests.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { capture, ensureRuntime, log, N8N_MAJOR, node24Env, repoRoot, run } = require('./runtime');

const packageJson = () => JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** Packs the built package (`dist` must be up to date) and returns the path of the tarball in `destination`. */
async function packPackage(destination) {
	fs.mkdirSync(destination, { recursive: true });
	const out = await capture('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
		cwd: repoRoot,
	});
	const [{ filename }] = JSON.parse(out);
	return path.join(destination, filename);
}

/**
 * Installs a packed tarball into `<userFolder>/.n8n/nodes/node_modules/<name>` as n8n 2.x's installer does:
 * extract, drop dev/peer/optional dependencies from its package.json, then `npm install` its runtime dependencies
 * with scripts off. n8n loads every `nodes/node_modules/n8n-nodes-*` folder when it starts.
 */
async function installPackage(tarball, userFolder) {
	const { name } = packageJson();
	const target = path.join(userFolder, '.n8n', 'nodes', 'node_modules', name);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	const manifestPath = path.join(target, 'package.json');
	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
	delete manifest.devDependencies;
	delete manifest.peerDependencies;
	delete manifest.optionalDependencies;
	fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	await run(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
			'--loglevel=error',
		],
		{ cwd: target, quiet: true },
	);
	return target;
}

/** A TCP port that is free on 127.0.0.1 right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/**
 * The environment of every n8n process of one instance: its user folder (SQLite database, settings, installed
 * packages) and the quiet settings for a machine without internet.
 */
function n8nEnv({ userFolder, port, brokerPort, encryptionKey, listenAddress = '127.0.0.1', host = '127.0.0.1', extra = {} }) {
	const env = {
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_LISTEN_ADDRESS: listenAddress,
		N8N_HOST: host,
		N8N_PROTOCOL: 'http',
		...(port ? { N8N_PORT: String(port), N8N_WEBHOOK_URL: `http://${host}:${port}/` } : {}),
		...(brokerPort ? { N8N_RUNNERS_BROKER_PORT: String(brokerPort) } : {}),
		...(encryptionKey ? { N8N_ENCRYPTION_KEY: encryptionKey } : {}),
		...extra,
	};
	const full = node24Env(env);
	// Jest sets NODE_ENV=test, which silences n8n's output (the CLI's run data included).
	if (full.NODE_ENV === 'test') delete full.NODE_ENV;
	return full;
}

/**
 * Runs one n8n CLI command (import:credentials, import:workflow, execute, …) to completion.
 * `execute` starts its own task broker: it gets a free port so that a running server does not clash with it.
 * @param {string[]} args
 * @param {{ userFolder: string, encryptionKey?: string, extra?: Record<string, string> }} options extra: more environment
 * @returns {Promise<{ code: number | null, signal: string | null, stdout: string, stderr: string }>}
 */
async function n8nCli(args, options) {
	const runtime = await ensureRuntime();
	const env = n8nEnv({ ...options, brokerPort: await freePort() });
	return await new Promise((resolve, reject) => {
		const child = spawn(runtime.node, [runtime.n8n, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
	});
}

/**
 * `n8n execute --rawOutput` prints log lines, then the run as pretty-printed JSON from a line that is exactly `{` to
 * one that is exactly `}`, then (when the run failed) the error again as text.
 */
function parseExecuteOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.indexOf('{');
	const end = lines.indexOf('}', start);
	if (start < 0 || end < 0) throw new Error(`n8n execute printed no run data:\n${stdout}`);
	return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

/**
 * Polls `check` until it returns something truthy (errors count as "not yet", except one marked `fatal`, which ends
 * the wait at once).
 * @template T
 * @param {() => Promise<T>} check
 * @param {{ timeoutMs: number, intervalMs?: number, what: string }} options
 * @returns {Promise<NonNullable<T>>}
 */
async function waitFor(check, { timeoutMs, intervalMs = 250, what }) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const result = await check().catch((error) => {
			if (error?.fatal) throw error;
			return undefined;
		});
		if (result) return result;
		if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

/**
 * @typedef {object} StartOptions
 * @property {string} userFolder
 * @property {number} port
 * @property {number} [brokerPort] the port of its task broker (n8n's default, 5679, when not given)
 * @property {string} [encryptionKey] fixed key, so that credentials imported by the CLI decrypt (else n8n makes one)
 * @property {string} [listenAddress]
 * @property {string} [host] the host name in the URLs n8n prints and gives webhooks
 * @property {'inherit' | 'file'} [output] 'inherit' shows n8n's log in this terminal; else `<userFolder>/n8n.log`
 * @property {Record<string, string>} [extra] more environment
 * @property {number} [readyTimeoutMs]
 * @property {'start' | 'worker' | 'webhook'} [command] the n8n command: `start` (default) or, in queue mode, a worker
 *   or a webhook processor
 * @property {string[]} [args] more arguments for the command, e.g. `--concurrency=5`
 * @property {string} [logFile] where n8n's log goes (default `<userFolder>/n8n.log`)
 * @property {string} [readyUrl] answers 200 once the process is ready (default `/healthz/readiness` on `port`;
 *   a worker serves it on QUEUE_HEALTH_CHECK_PORT)
 */

/**
 * Starts `n8n start` (or another server command) and resolves once its readiness URL answers 200.
 * @param {StartOptions} options
 */
async function startN8n({
	userFolder,
	port,
	brokerPort,
	encryptionKey,
	listenAddress,
	host,
	output,
	extra,
	readyTimeoutMs = 120000,
	command = 'start',
	args = [],
	logFile = path.join(userFolder, 'n8n.log'),
	readyUrl,
}) {
	const runtime = await ensureRuntime();
	const env = n8nEnv({ userFolder, port, brokerPort, encryptionKey, listenAddress, host, extra });
	fs.mkdirSync(userFolder, { recursive: true });
	const out = output === 'inherit' ? 'inherit' : fs.openSync(logFile, 'a');
	const child = spawn(runtime.node, [runtime.n8n, command, ...args], { env, stdio: ['ignore', out, out] });
	if (typeof out === 'number') fs.closeSync(out);
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	let exitInfo;
	void exited.then((info) => (exitInfo = info));
	const url = `http://${host ?? '127.0.0.1'}:${port}`;
	const readiness = readyUrl ?? `${url}/healthz/readiness`;
	try {
		await waitFor(
			async () => {
				if (exitInfo) throw Object.assign(new Error('exited'), { fatal: true });
				const response = await fetch(readiness);
				if (!response.ok) return false;
				// n8n 1.x answers readiness before it has registered its REST routes (seconds later): wait for one.
				if (command !== 'start' || readyUrl) return true;
				return (await fetch(`${url}/rest/login`)).status !== 404;
			},
			{ timeoutMs: readyTimeoutMs, what: `n8n ${command} on ${readiness}` },
		);
	} catch (error) {
		child.kill('SIGKILL');
		const tail = output === 'inherit' ? '' : `\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}`;
		throw new Error(`n8n ${command} did not become ready on ${readiness}${exitInfo ? ` (exited ${JSON.stringify(exitInfo)})` : ''}${tail}`);
	}
	return {
		url,
		process: child,
		logFile,
		exited,
		/** Stops n8n gracefully (SIGTERM), killing it if it has not exited after `graceMs`. */
		async stop(graceMs = 20000) {
			if (exitInfo) return exitInfo;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
			const info = await exited;
			clearTimeout(timer);
			return info;
		},
	};
}

/** A small client for n8n's internal REST API (the one the editor uses), carrying the session cookie. */
class N8nRest {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
	}

	async request(method, route, body, headers = {}) {
		const response = await fetch(`${this.baseUrl}${route}`, {
			method,
			headers: {
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...(this.cookie ? { cookie: this.cookie } : {}),
				...headers,
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.get('set-cookie');
		const auth = setCookie && /n8n-auth=[^;]+/.exec(setCookie);
		if (auth) this.cookie = auth[0];
		const text = await response.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		if (!response.ok) {
			const error = new Error(`${method} ${route} → ${response.status}: ${text.slice(0, 500)}`);
			error.status = response.status;
			throw error;
		}
		return json;
	}

	/** Whether the instance still waits for its owner account. */
	async needsOwnerSetup() {
		const settings = await this.request('GET', '/rest/settings');
		return Boolean(settings.data?.userManagement?.showSetupOnFirstLoad);
	}

	async setupOwner({ email, password, firstName = 'Dev', lastName = 'User' }) {
		return await this.request('POST', '/rest/owner/setup', { email, password, firstName, lastName });
	}

	async login({ email, password }) {
		return await this.request('POST', '/rest/login', { emailOrLdapLoginId: email, password });
	}

	/**
	 * Publishes (activates) a workflow and waits until n8n has run its triggers' webhook registration; returns the
	 * publication status (`{ status: 'published' | 'failed', triggers: [{ status, errorMessage }] }`).
	 * n8n 2.x publishes asynchronously (`POST …/activate` with the version, then poll `…/publication-status`); n8n 1.x
	 * activates within the request (`PATCH /rest/workflows/<id>` `{ active: true }`, a 400 when a trigger fails), and
	 * its answer is translated to the same shape, one entry per trigger node.
	 */
	async activateWorkflow(workflowId, { timeoutMs = 30000 } = {}) {
		const { data: workflow } = await this.request('GET', `/rest/workflows/${workflowId}`);
		if (N8N_MAJOR < 2) {
			const triggerNodes = workflow.nodes.filter(
				(node) => /trigger$/i.test(node.type) && node.type !== 'n8n-nodes-base.manualTrigger' && !node.disabled,
			);
			try {
				await this.request('PATCH', `/rest/workflows/${workflowId}`, { active: true, versionId: workflow.versionId });
				return { status: 'published', triggers: triggerNodes.map((node) => ({ name: node.name, status: 'activated' })) };
			} catch (error) {
				if (error.status !== 400) throw error;
				const errorMessage = error.message;
				return { status: 'failed', triggers: triggerNodes.map((node) => ({ name: node.name, status: 'failed', errorMessage })) };
			}
		}
		await this.request('POST', `/rest/workflows/${workflowId}/activate`, { versionId: workflow.versionId });
		return await waitFor(
			async () => {
				const { data } = await this.request('GET', `/rest/workflows/${workflowId}/publication-status`);
				return data.status === 'in_progress' ? undefined : data;
			},
			{ timeoutMs, what: `the publication of workflow ${workflowId}` },
		);
	}

	/** Unpublishes (deactivates) a workflow: n8n 2.x `POST …/deactivate`, n8n 1.x `PATCH` `{ active: false }`. */
	async deactivateWorkflow(workflowId) {
		if (N8N_MAJOR < 2) {
			const { data: workflow } = await this.request('GET', `/rest/workflows/${workflowId}`);
			await this.request('PATCH', `/rest/workflows/${workflowId}`, { active: false, versionId: workflow.versionId });
			return;
		}
		await this.request('POST', `/rest/workflows/${workflowId}/deactivate`, {});
	}

	/**
	 * Runs a workflow as the editor's "Execute workflow" button does, from `triggerName` (a trigger with pinned data
	 * runs at once on that data); returns the execution id.
	 */
	async runWorkflow(workflowId, triggerName) {
		// n8n 1.x takes the workflow itself in the request, as its editor sends it.
		const workflowData = N8N_MAJOR < 2 ? (await this.request('GET', `/rest/workflows/${workflowId}`)).data : undefined;
		const { data } = await this.request('POST', `/rest/workflows/${workflowId}/run`, {
			...(workflowData ? { workflowData } : {}),
			triggerToStartFrom: { name: triggerName },
		});
		if (!data?.executionId) throw new Error(`n8n did not start workflow ${workflowId}: ${JSON.stringify(data)}`);
		return data.executionId;
	}

	/** Creates a public-API key with every scope the instance offers. */
	async createApiKey(label) {
		const scopes = (await this.request('GET', '/rest/api-keys/scopes')).data;
		const created = await this.request('POST', '/rest/api-keys', { label, scopes, expiresAt: null });
		return created.data.rawApiKey;
	}
}

/** A temporary folder under the OS temp dir, for a throwaway n8n user folder. */
function tempUserFolder(prefix = 'n8n-e2e-') {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = {
	N8nRest,
	freePort,
	installPackage,
	log,
	n8nCli,
	n8nEnv,
	packPackage,
	packageJson,
	parseExecuteOutput,
	startN8n,
	tempUserFolder,
	waitFor,
};
