/**
 * What the end-to-end files share: a throwaway n8n user folder with this package installed from its packed tarball,
 * CLI calls against it, and workflow/credential files in the shape `n8n import:*` reads.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, installPackage, N8nRest, n8nCli, packageJson, parseExecuteOutput, startN8n, waitFor } from '../../scripts/lib/n8n';
import { packedTarball } from './paths';

export const PACKAGE_NAME: string = packageJson().name;

/** The `n8n` section of package.json: the built node and credential files n8n loads. */
export function packageN8nSection(): { nodes: string[]; credentials: string[] } {
	return packageJson().n8n;
}

/** One key for every process of an instance: credentials imported by the CLI must decrypt in the server. */
export const ENCRYPTION_KEY = 'e2e-encryption-key-not-a-secret';

/**
 * Set on every n8n process of an instance, over what this process inherited: test/engine, which the vendor fixtures
 * import, sets N8N_LOG_LEVEL=silent here, and `n8n execute` prints the run only at the info level.
 */
const INSTANCE_ENV = { N8N_LOG_LEVEL: 'info' };

/** The owner account `start()` sets up. */
export const OWNER = { email: 'e2e@example.com', password: 'E2ePassword1' };

export interface WorkflowNode {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	position?: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
	/** What n8n does when the node fails: stop the run (default) or pass the error on as an item. */
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
}

/** A workflow in the shape `n8n import:workflow` reads; nodes are chained in the order given. */
export function workflowFile(id: string, name: string, nodes: WorkflowNode[]) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: nodes.map((node, i) => ({ id: randomUUID(), position: [i * 220, 0], ...node })),
		connections: Object.fromEntries(
			nodes.slice(0, -1).map((node, i) => [node.name, { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] }]),
		),
	};
}

export interface ImportedCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export class N8nInstance {
	readonly userFolder = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));

	private files = 0;

	/** Installs the packed package like n8n's community-node installer. */
	async install() {
		await installPackage(packedTarball(), this.userFolder);
		return this;
	}

	async cli(args: string[]) {
		return await n8nCli(args, { userFolder: this.userFolder, encryptionKey: ENCRYPTION_KEY, extra: INSTANCE_ENV });
	}

	private writeJson(data: unknown) {
		const file = join(this.userFolder, `import-${++this.files}.json`);
		writeFileSync(file, JSON.stringify(data, null, 2));
		return file;
	}

	/** `n8n import:credentials` with plain data, which n8n encrypts on import. */
	async importCredentials(credentials: ImportedCredential[]) {
		const result = await this.cli(['import:credentials', `--input=${this.writeJson(credentials)}`]);
		if (result.code !== 0) throw new Error(`import:credentials failed:\n${result.stdout}\n${result.stderr}`);
	}

	/** `n8n import:workflow`; nodes are chained in the order given. */
	async importWorkflow(id: string, name: string, nodes: WorkflowNode[]) {
		const [workflow] = await this.importWorkflows([workflowFile(id, name, nodes)]);
		return workflow;
	}

	/** Several workflows with one `n8n import:workflow` (each CLI call boots n8n: seconds). */
	async importWorkflows<T extends ReturnType<typeof workflowFile>>(workflows: T[]) {
		const result = await this.cli(['import:workflow', `--input=${this.writeJson(workflows)}`]);
		if (result.code !== 0) throw new Error(`import:workflow failed:\n${result.stdout}\n${result.stderr}`);
		return workflows;
	}

	/**
	 * `n8n execute --id … --rawOutput`: the run as n8n printed it, and how the CLI exited: `exit` is its exit code, or
	 * 'crashed at exit' when it died of SIGSEGV after printing the run. n8n 2.41.1's CLI does that often (about half
	 * the runs here, whatever the workflow): the isolated-vm expression engine's pool thread still allocates while
	 * the process tears V8 down.
	 */
	async execute(workflowId: string) {
		const result = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
		let run: ExecutionRun;
		try {
			run = parseExecuteOutput(result.stdout);
		} catch (error) {
			throw new Error(`${(error as Error).message}\nexit: ${result.code ?? result.signal}\nstderr:\n${result.stderr}`);
		}
		const exit: number | 'crashed at exit' = result.signal === 'SIGSEGV' ? 'crashed at exit' : (result.code ?? -1);
		return { exit, run };
	}

	server?: Awaited<ReturnType<typeof startN8n>>;

	rest?: InstanceType<typeof N8nRest>;

	/** `n8n start` on a free port, signed in as a fresh owner; returns the REST client and the instance's base URL. */
	async start() {
		this.server = await startN8n({
			userFolder: this.userFolder,
			port: await freePort(),
			brokerPort: await freePort(),
			encryptionKey: ENCRYPTION_KEY,
			extra: INSTANCE_ENV,
		});
		const rest = new N8nRest(this.server.url);
		await rest.setupOwner(OWNER);
		this.rest = rest;
		return { rest, url: this.server.url };
	}

	/**
	 * Publishes (activates) a workflow over REST and waits until n8n has run its triggers' webhook `create` (n8n 2.x
	 * does so after answering; n8n 1.x within the request); returns the publication status.
	 */
	async publish(workflowId: string) {
		const status = await this.rest!.activateWorkflow(workflowId);
		return { status: status.status as string, triggers: (status.triggers as Array<{ status: string }>).map((t) => t.status) };
	}

	async unpublish(workflowId: string) {
		await this.rest!.deactivateWorkflow(workflowId);
	}

	protected apiKey?: string;

	/** The workflow's executions, newest first, with their data (n8n's public API). */
	async executions(workflowId: string) {
		const apiKey = (this.apiKey ??= (await this.rest!.createApiKey('e2e')) as string);
		const response = await fetch(`${this.server!.url}/api/v1/executions?workflowId=${workflowId}&includeData=true`, {
			headers: { 'X-N8N-API-KEY': apiKey },
		});
		if (response.status !== 200) throw new Error(`GET /api/v1/executions → ${response.status}`);
		return ((await response.json()) as { data: Array<ExecutionRun & { id: string; mode: string; finished: boolean }> }).data;
	}

	/** The tail of the server's log, for failure messages. */
	serverLog(lines = 60) {
		return this.server ? readFileSync(this.server.logFile, 'utf8').split('\n').slice(-lines).join('\n') : '';
	}

	async stop() {
		await this.server?.stop();
	}

	remove() {
		rmSync(this.userFolder, { recursive: true, force: true });
	}
}

export interface ExecutionRun {
	status?: string;
	mode?: string;
	data: {
		resultData: {
			error?: { message: string; description?: string; httpCode?: string; node?: { name: string } };
			runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> }; error?: { message: string } }>>;
		};
	};
}

/** The JSON of the items a node sent out on its first output, in its first run. */
export function itemsOf(run: ExecutionRun, nodeName: string) {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs) throw new Error(`Node "${nodeName}" did not run; ran: ${Object.keys(run.data.resultData.runData).join(', ')}`);
	return (runs[0].data?.main[0] ?? []).map((item) => item.json);
}

export const manualTrigger: WorkflowNode = {
	name: 'When clicking ‘Execute workflow’',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	parameters: {},
};

export { waitFor };
