/**
 * A queue-mode n8n for the tests: PostgreSQL and Redis (scripts/lib/queue.js), then one main process, one worker and
 * one webhook processor sharing them and one user folder with this package installed from its packed tarball.
 * Credentials and workflows are imported with n8n's CLI into the shared database before the processes start.
 */
import { readFileSync, rmSync } from 'node:fs';

import { N8nRest, n8nCli, waitFor } from '../../scripts/lib/n8n';
import { QueueCluster, startPostgres, startRedis, tempServersFolder } from '../../scripts/lib/queue';
import { ENCRYPTION_KEY, N8nInstance, type ExecutionRun } from '../e2e/helpers';

export interface Execution extends ExecutionRun {
	id: string;
	finished: boolean;
	mode: string;
	status: string;
	workflowId: string;
}

type Server = { stop(): Promise<unknown> };
type N8nProcess = Server & {
	url: string;
	logFile: string;
	process: import('node:child_process').ChildProcess;
	exited: Promise<{ code: number | null; signal: string | null }>;
};

export class QueueInstance extends N8nInstance {
	readonly serversFolder: string = tempServersFolder();

	postgres?: Awaited<ReturnType<typeof startPostgres>>;

	redis?: Awaited<ReturnType<typeof startRedis>>;

	cluster?: InstanceType<typeof QueueCluster>;

	apiKey = '';

	/** Starts PostgreSQL and Redis; the n8n processes start with `start()`. */
	async startServers() {
		[this.postgres, this.redis] = await Promise.all([
			startPostgres({ dir: this.serversFolder }),
			startRedis({ dir: this.serversFolder }),
		]);
		this.cluster = new QueueCluster({
			userFolder: this.userFolder,
			encryptionKey: ENCRYPTION_KEY,
			postgres: this.postgres,
			redis: this.redis,
			extra: {
				// A worker killed with SIGKILL leaves its job locked; these bring the lock's expiry (and n8n's
				// recovery of what it ran) from minutes to seconds.
				QUEUE_WORKER_LOCK_DURATION: '10000',
				QUEUE_WORKER_LOCK_RENEW_TIME: '2000',
				QUEUE_WORKER_STALLED_INTERVAL: '5000',
			},
		});
		return this;
	}

	/** CLI calls go to the shared PostgreSQL database. */
	override async cli(args: string[]) {
		return await n8nCli(args, {
			userFolder: this.userFolder,
			encryptionKey: ENCRYPTION_KEY,
			extra: this.cluster!.sharedEnv(),
		});
	}

	/** Main, worker and webhook processor; signs in a fresh owner on main and creates a public-API key. */
	override async start() {
		await this.cluster!.start();
		const rest = new N8nRest(this.main.url);
		await rest.setupOwner({ email: 'queue@example.com', password: 'QueuePassword1' });
		this.rest = rest;
		this.apiKey = await rest.createApiKey('queue');
		return { rest, url: this.main.url };
	}

	get main(): N8nProcess {
		return this.cluster!.main!;
	}

	get webhook(): N8nProcess {
		return this.cluster!.webhook!;
	}

	get workers(): Array<N8nProcess & { name: string }> {
		return this.cluster!.workers;
	}

	/** Base URL of the webhook processor, e.g. `http://127.0.0.1:1234`. */
	get webhookUrl() {
		return this.webhook.url;
	}

	/** One GET on main's public API. */
	async api<T>(route: string): Promise<T> {
		const response = await fetch(`${this.main.url}/api/v1${route}`, { headers: { 'X-N8N-API-KEY': this.apiKey } });
		if (!response.ok) throw new Error(`GET /api/v1${route} → ${response.status}: ${await response.text()}`);
		return (await response.json()) as T;
	}

	/** Executions of a workflow, newest first, with their data (public API). */
	async executions(workflowId: string): Promise<Execution[]> {
		const { data } = await this.api<{ data: Execution[] }>(`/executions?workflowId=${workflowId}&includeData=true&limit=250`);
		return data;
	}

	async execution(id: string): Promise<Execution> {
		return await this.api<Execution>(`/executions/${id}?includeData=true`);
	}

	/** Publishes a workflow through main's REST API (as the editor does) and waits until its triggers are active. */
	async activate(workflowId: string) {
		const rest = this.rest!;
		const { data: workflow } = await rest.request('GET', `/rest/workflows/${workflowId}`);
		await rest.request('POST', `/rest/workflows/${workflowId}/activate`, { versionId: workflow.versionId });
		return await waitFor(
			async () => {
				const { data } = await rest.request('GET', `/rest/workflows/${workflowId}/publication-status`);
				return data.status === 'in_progress' ? undefined : (data as { status: string; triggers: Array<{ status: string; errorMessage?: string }> });
			},
			{ timeoutMs: 30000, what: `the publication of workflow ${workflowId}` },
		);
	}

	/** A manual run started through main's REST API, as the editor's "Execute workflow" does; returns its id. */
	async runManually(workflowId: string, triggerName: string): Promise<string> {
		const { data } = await this.rest!.request('POST', `/rest/workflows/${workflowId}/run`, { triggerToStartFrom: { name: triggerName } });
		return String(data.executionId);
	}

	/** Waits until an execution has ended (success, error, crashed, canceled) and returns it with its data. */
	async finished(id: string, timeoutMs = 60000): Promise<Execution> {
		return await waitFor(
			async () => {
				const execution = await this.execution(id);
				return ['new', 'running', 'waiting'].includes(execution.status) ? undefined : execution;
			},
			{ timeoutMs, intervalMs: 300, what: `execution ${id} to end` },
		);
	}

	/** The workflow's static data as stored in PostgreSQL, where every process reads it. */
	async storedStaticData(workflowId: string): Promise<Record<string, any>> {
		const out = await this.postgres!.psql(`SELECT "staticData" FROM workflow_entity WHERE id = '${workflowId}'`);
		return out.trim() ? JSON.parse(out) : {};
	}

	log(process: { logFile: string }) {
		return readFileSync(process.logFile, 'utf8');
	}

	/** Ids of the executions a process's log says it started and finished (a worker) or enqueued (main, webhook). */
	executionsIn(process: { logFile: string }, what: 'started' | 'finished' | 'enqueued') {
		const pattern = {
			started: /Worker started execution (\d+) \(job/g,
			finished: /Worker finished execution (\d+) \(job/g,
			enqueued: /Enqueued execution (\d+) \(job/g,
		}[what];
		return [...this.log(process).matchAll(pattern)].map((m) => m[1]);
	}

	/** The worker whose log says it started `executionId`; undefined when none did. */
	workerThatRan(executionId: string) {
		return this.workers.find((worker) => this.executionsIn(worker, 'started').includes(executionId))?.name;
	}

	override serverLog(lines = 40) {
		const processes = [this.main, this.webhook, ...this.workers].filter(Boolean) as Array<N8nProcess & { name?: string }>;
		return processes
			.map((p) => `--- ${p.logFile}\n${this.log(p).split('\n').slice(-lines).join('\n')}`)
			.join('\n');
	}

	override async stop() {
		const servers: Array<Server | undefined> = [this.redis, this.postgres];
		try {
			await this.cluster?.stop();
		} finally {
			await Promise.all(servers.map(async (server) => await server?.stop().catch(() => undefined)));
		}
	}

	/** Deletes the user folder and the servers' data; `KEEP_QUEUE_FOLDERS=1` keeps them (and the logs) to look at. */
	override remove() {
		if (process.env.KEEP_QUEUE_FOLDERS) {
			process.stderr.write(`[queue] kept ${this.userFolder} and ${this.serversFolder}\n`);
			return;
		}
		super.remove();
		rmSync(this.serversFolder, { recursive: true, force: true });
	}
}
