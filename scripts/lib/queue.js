'use strict';
/**
 * n8n in queue mode, as teams scale it: a main process, workers and webhook processors sharing PostgreSQL and Redis.
 * Used by `npm run test:queue`.
 *
 * PostgreSQL and Redis come from the machine's own packages (Debian: `postgresql`, `redis-server`). When they are
 * missing and this runs as root with apt-get (CI: a fresh Debian machine), they are installed. Each server runs on
 * loopback, on a free port, with its data in a throwaway folder, and is stopped again by `stop()`.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { freePort, startN8n, waitFor } = require('./n8n');
const { cacheRoot, capture, log, run } = require('./runtime');

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function onPath(command) {
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const file = path.join(dir, command);
		try {
			fs.accessSync(file, fs.constants.X_OK);
			return file;
		} catch {
			// not in this folder
		}
	}
	return undefined;
}

/** Debian keeps initdb and pg_ctl out of PATH, in /usr/lib/postgresql/<major>/bin; the newest major wins. */
function postgresBinDir() {
	const fromPath = onPath('initdb') && onPath('pg_ctl') ? path.dirname(onPath('pg_ctl')) : undefined;
	if (fromPath) return fromPath;
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const majors = fs
		.readdirSync(root)
		.filter((entry) => /^\d+$/.test(entry) && fs.existsSync(path.join(root, entry, 'bin', 'pg_ctl')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(root, majors[0], 'bin') : undefined;
}

function findServers() {
	const pgBin = postgresBinDir();
	const found = {
		redisServer: onPath('redis-server'),
		initdb: pgBin && path.join(pgBin, 'initdb'),
		pgCtl: pgBin && path.join(pgBin, 'pg_ctl'),
		psql: onPath('psql') ?? (pgBin && fs.existsSync(path.join(pgBin, 'psql')) ? path.join(pgBin, 'psql') : undefined),
	};
	const missing = [];
	if (!found.redisServer) missing.push('redis-server');
	if (!found.initdb || !found.pgCtl || !found.psql) missing.push('postgresql');
	return { ...found, missing };
}

/**
 * Debian starts a package's service when it is installed. The tests start their own servers, so the machine's
 * default ones are kept from starting (policy-rc.d answering 101 = "action forbidden", Debian's documented hook),
 * unless the machine already has a policy of its own.
 */
async function aptInstall(packages) {
	const logFile = path.join(cacheRoot, 'install-queue-servers.log');
	fs.mkdirSync(cacheRoot, { recursive: true });
	const policy = '/usr/sbin/policy-rc.d';
	const ownPolicy = !fs.existsSync(policy);
	if (ownPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
	try {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await run('apt-get', ['update'], { env, logFile });
		await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, logFile });
	} finally {
		if (ownPolicy) fs.rmSync(policy, { force: true });
	}
}

let ensuring;

/** Makes sure PostgreSQL and Redis are installed; returns where their programs are. */
function ensureServers() {
	ensuring ??= installMissingServers().finally(() => (ensuring = undefined));
	return ensuring;
}

async function installMissingServers() {
	let servers = findServers();
	if (!servers.missing.length) return servers;
	const packages = servers.missing.map((name) => (name === 'postgresql' ? 'postgresql' : 'redis-server'));
	if (!isRoot() || !onPath('apt-get')) {
		throw new Error(
			`Queue mode needs ${servers.missing.join(' and ')}: install them (Debian/Ubuntu: sudo apt-get install ${packages.join(' ')})`,
		);
	}
	log(`installing ${packages.join(' ')} with apt-get (log: ${path.join(cacheRoot, 'install-queue-servers.log')})`);
	const started = Date.now();
	await aptInstall(packages);
	servers = findServers();
	if (servers.missing.length) throw new Error(`apt-get installed ${packages.join(' ')}, but ${servers.missing.join(', ')} is still missing`);
	log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
	return servers;
}

/**
 * A throwaway folder for the servers' data. PostgreSQL refuses to run as root; as root it runs as the `postgres`
 * user the package created, which must be able to reach its folders inside this one.
 */
function tempServersFolder(prefix = 'n8n-queue-') {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	if (isRoot()) fs.chmodSync(dir, 0o711);
	return dir;
}

/**
 * Starts PostgreSQL (initdb, then pg_ctl) on 127.0.0.1 on a free port, with a database and a user for n8n.
 * Durability is switched off: the data lives as long as the test.
 */
async function startPostgres({ dir, database = 'n8n', user = 'n8n', password = 'n8n-queue-password' }) {
	const servers = await ensureServers();
	const pgDir = path.join(dir, 'postgres');
	const dataDir = path.join(pgDir, 'data');
	const socketDir = path.join(pgDir, 'socket');
	const logFile = path.join(pgDir, 'postgres.log');
	fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
	fs.mkdirSync(socketDir, { recursive: true });
	const asRoot = isRoot();
	if (asRoot) await run('chown', ['-R', 'postgres:postgres', pgDir]);
	const asServerUser = (command, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
	const port = await freePort();
	const started = Date.now();
	const initLog = path.join(pgDir, 'initdb.log');
	await run(...asServerUser(servers.initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']), {
		logFile: initLog,
	});
	const options = [
		'-c listen_addresses=127.0.0.1',
		`-p ${port}`,
		`-k ${socketDir}`,
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
	].join(' ');
	const pgCtl = (args, runOptions = {}) => run(...asServerUser(servers.pgCtl, ['-D', dataDir, ...args]), runOptions);
	await pgCtl(['-l', logFile, '-o', options, '-w', '-t', '60', 'start'], { logFile: initLog });
	let stopped = false;
	const stopNow = () => {
		if (stopped) return;
		stopped = true;
		const [command, args] = asServerUser(servers.pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', '-t', '20', 'stop']);
		spawnSync(command, args, { stdio: 'ignore', timeout: 30000 });
	};
	// Should the test process end without stopping it, the server does not outlive it.
	process.once('exit', stopNow);

	const psql = async (sql, db = 'postgres') =>
		await capture(servers.psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-At', '-c', sql]);
	await psql(`CREATE USER "${user}" WITH PASSWORD '${password}'`);
	await psql(`CREATE DATABASE "${database}" OWNER "${user}"`);
	log(`PostgreSQL on 127.0.0.1:${port} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

	return {
		host: '127.0.0.1',
		port,
		database,
		user,
		password,
		logFile,
		/** Runs SQL as the superuser; returns psql's unaligned output. */
		psql: (sql) => psql(sql, database),
		/** The environment that points n8n at this database. */
		n8nEnv: () => ({
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: database,
			DB_POSTGRESDB_USER: user,
			DB_POSTGRESDB_PASSWORD: password,
		}),
		async stop() {
			if (stopped) return;
			try {
				await pgCtl(['-m', 'fast', '-w', '-t', '30', 'stop'], { quiet: true });
				stopped = true;
			} finally {
				stopNow();
				process.removeListener('exit', stopNow);
			}
		},
	};
}

/** Sends one command to Redis over RESP and resolves with the first line of the answer. */
function redisCommand(port, ...words) {
	return new Promise((resolve, reject) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		let answer = '';
		socket.setTimeout(5000, () => socket.destroy(new Error('Redis did not answer within 5 s')));
		socket.on('connect', () => socket.write(`*${words.length}\r\n${words.map((w) => `$${Buffer.byteLength(w)}\r\n${w}\r\n`).join('')}`));
		socket.on('data', (chunk) => {
			answer += chunk;
			if (answer.includes('\r\n')) {
				socket.end();
				resolve(answer.split('\r\n')[0]);
			}
		});
		socket.on('error', reject);
		// SHUTDOWN closes the connection without an answer.
		socket.on('close', () => resolve(answer.split('\r\n')[0]));
	});
}

/** Starts Redis on 127.0.0.1 on a free port, without persistence. */
async function startRedis({ dir }) {
	const servers = await ensureServers();
	const redisDir = path.join(dir, 'redis');
	fs.mkdirSync(redisDir, { recursive: true });
	const port = await freePort();
	const logFile = path.join(redisDir, 'redis.log');
	const child = spawn(
		servers.redisServer,
		['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', redisDir, '--logfile', logFile, '--daemonize', 'no'],
		{ stdio: 'ignore' },
	);
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	let exitInfo;
	void exited.then((info) => (exitInfo = info));
	const killNow = () => child.kill('SIGKILL');
	process.once('exit', killNow);
	try {
		await waitFor(
			async () => {
				if (exitInfo) throw Object.assign(new Error('Redis exited'), { fatal: true });
				return (await redisCommand(port, 'PING')) === '+PONG';
			},
			{ timeoutMs: 20000, intervalMs: 100, what: `Redis on 127.0.0.1:${port}` },
		);
	} catch (error) {
		killNow();
		throw new Error(`${error.message}${exitInfo ? ` (exited ${JSON.stringify(exitInfo)})` : ''}; log: ${logFile}`);
	}
	log(`Redis on 127.0.0.1:${port} ready`);
	return {
		host: '127.0.0.1',
		port,
		logFile,
		command: (...words) => redisCommand(port, ...words),
		n8nEnv: () => ({ QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) }),
		async stop() {
			if (exitInfo) return exitInfo;
			await redisCommand(port, 'SHUTDOWN', 'NOSAVE').catch(() => undefined);
			const timer = setTimeout(killNow, 10000);
			const info = await exited;
			clearTimeout(timer);
			process.removeListener('exit', killNow);
			return info;
		},
	};
}

/**
 * The three kinds of n8n process of a queue-mode instance, all on one PostgreSQL and one Redis and one user folder
 * (holding the installed package), each with its own ports and log file:
 * - main (`n8n start`): editor, REST and public API, activation of triggers; manual runs go to the workers;
 * - worker (`n8n worker`): runs executions taken from the queue; `/healthz/readiness` on its health-check port;
 * - webhook (`n8n webhook`): answers production webhook calls and puts the executions on the queue.
 * Several workers can run at once (`startWorker` again).
 */
class QueueCluster {
	/**
	 * @param {{ userFolder: string, encryptionKey: string, postgres: { n8nEnv(): object }, redis: { n8nEnv(): object },
	 *   extra?: Record<string, string> }} options
	 */
	constructor({ userFolder, encryptionKey, postgres, redis, extra = {} }) {
		this.userFolder = userFolder;
		this.encryptionKey = encryptionKey;
		this.postgres = postgres;
		this.redis = redis;
		this.extra = extra;
		this.webhookPort = undefined;
		this.main = undefined;
		this.webhook = undefined;
		/** @type {Array<Awaited<ReturnType<typeof startN8n>> & { name: string }>} */
		this.workers = [];
		this.workerCount = 0;
	}

	/** What every process and CLI call of the instance shares. */
	sharedEnv() {
		return {
			EXECUTIONS_MODE: 'queue',
			// The logs tell which process ran what ("Enqueued execution", "Worker started execution"); a caller's
			// N8N_LOG_LEVEL (the in-process test engine sets `silent`) must not hide them.
			N8N_LOG_LEVEL: 'info',
			...this.postgres.n8nEnv(),
			...this.redis.n8nEnv(),
			N8N_WEBHOOK_URL: `http://127.0.0.1:${this.webhookPort}/`,
			// Keeps a run-away execution from blocking the test; far above what any test workflow needs.
			EXECUTIONS_TIMEOUT: '300',
			...this.extra,
		};
	}

	async ports() {
		this.webhookPort ??= await freePort();
	}

	logFile(name) {
		return path.join(this.userFolder, `${name}.log`);
	}

	async startMain() {
		await this.ports();
		this.main = await startN8n({
			userFolder: this.userFolder,
			port: await freePort(),
			brokerPort: await freePort(),
			encryptionKey: this.encryptionKey,
			logFile: this.logFile('main'),
			extra: {
				...this.sharedEnv(),
				// Otherwise the editor's and REST's manual runs execute in the main process.
				OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			},
		});
		return this.main;
	}

	async startWebhook() {
		await this.ports();
		this.webhook = await startN8n({
			command: 'webhook',
			userFolder: this.userFolder,
			port: this.webhookPort,
			brokerPort: await freePort(),
			encryptionKey: this.encryptionKey,
			logFile: this.logFile('webhook'),
			extra: this.sharedEnv(),
		});
		return this.webhook;
	}

	/** Starts one more worker; its log is `worker-<n>.log`. */
	async startWorker({ concurrency = 5 } = {}) {
		await this.ports();
		const name = `worker-${++this.workerCount}`;
		const healthPort = await freePort();
		const worker = await startN8n({
			command: 'worker',
			args: [`--concurrency=${concurrency}`],
			userFolder: this.userFolder,
			brokerPort: await freePort(),
			encryptionKey: this.encryptionKey,
			logFile: this.logFile(name),
			readyUrl: `http://127.0.0.1:${healthPort}/healthz/readiness`,
			extra: {
				...this.sharedEnv(),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			},
		});
		const entry = Object.assign(worker, { name });
		this.workers.push(entry);
		return entry;
	}

	/** Starts main, one worker and one webhook processor; main first, as it migrates an empty database. */
	async start() {
		const started = Date.now();
		await this.startMain();
		const mainReady = Date.now();
		await Promise.all([this.startWorker(), this.startWebhook()]);
		log(
			`n8n queue mode: main ready in ${((mainReady - started) / 1000).toFixed(1)} s, worker and webhook processor ${((Date.now() - mainReady) / 1000).toFixed(1)} s later`,
		);
		return this;
	}

	/** Stops every n8n process (SIGTERM, SIGKILL after `graceMs`). */
	async stop(graceMs = 20000) {
		const all = [...this.workers, this.webhook, this.main].filter(Boolean);
		await Promise.all(all.map((p) => p.stop(graceMs)));
	}
}

module.exports = { ensureServers, startPostgres, startRedis, tempServersFolder, QueueCluster };

if (require.main === module) {
	ensureServers().then(
		(servers) => log(`PostgreSQL: ${path.dirname(servers.pgCtl)}, Redis: ${servers.redisServer}`),
		(error) => {
			log(error.message);
			process.exit(1);
		},
	);
}
