/**
 * Drives a BUILT webhook trigger the way n8n does: the lifecycle (`checkExists`, `create`, `delete`) through
 * n8n-core's HookContext and deliveries through n8n-core's WebhookContext, each on a fresh Workflow built from
 * the workflow's static data as n8n last saved it (a JSON copy, as from the database). Like n8n, the harness saves
 * static data after each call only when the Workflow marked it changed (`__dataChanged`).
 */
import { ExecutionLifecycleHooks, HookContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IRun,
	type INode,
	type INodeExecutionData,
	type IWebhookData,
	type IWebhookResponseData,
	type WorkflowActivateMode,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { additionalDataFor, nodeTypeInstances, nodeTypes, TestCredentialsHelper } from './index';

export const TRIGGER_NODE_NAME = 'Trigger Under Test';
export const TRIGGER_WEBHOOK_ID = '5f0c2c1e-8d0a-4b7e-9a51-3f1d2c6b7e90';
export const TRIGGER_WORKFLOW_ID = 'trigger-workflow';

export interface TriggerHarnessOptions {
	/** Node type name without package prefix, e.g. `dubTrigger`. */
	type: string;
	parameters: Record<string, unknown>;
	/** Credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	workflowName?: string;
	/** The workflow's saved static data to start from. */
	staticData?: Record<string, unknown>;
}

export interface FakeRequestInput {
	/** The raw body as sent; a string is UTF-8 encoded. An object is JSON-serialized. */
	body: Buffer | string | object;
	headers?: Record<string, string>;
	/** Leave `rawBody` unset on the request, so only `readRawBody()` can provide it. */
	lazyRawBody?: boolean;
}

/** What the trigger answered and what it would start the workflow with. */
export interface Delivery {
	/** The HTTP status the node wrote itself, or n8n's default 200 when it left the answer to n8n. */
	status: number;
	/** The body the node wrote itself (json/send), or its `webhookResponse`. */
	body: unknown;
	/** Whether the node wrote the answer itself. */
	answeredByNode: boolean;
	/** Whether n8n would start a workflow execution. */
	startsExecution: boolean;
	/** The json of the items the execution would start with. */
	items: IDataObject[];
	result: IWebhookResponseData;
}

/** An express-like response that records what the node writes. */
export class FakeResponse {
	statusCode = 200;

	body: unknown;

	headers: Record<string, string> = {};

	ended = false;

	headersSent = false;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	set(name: string, value: string) {
		this.headers[name.toLowerCase()] = value;
		return this;
	}

	setHeader(name: string, value: string) {
		return this.set(name, value);
	}

	json(body: unknown) {
		this.headers['content-type'] ??= 'application/json';
		return this.send(body);
	}

	send(body?: unknown) {
		if (this.ended) throw new Error('The response was sent twice');
		this.body = body;
		this.ended = true;
		this.headersSent = true;
		return this;
	}

	end(body?: unknown) {
		if (!this.ended) return this.send(body);
		return this;
	}
}

function fakeRequest(input: FakeRequestInput) {
	const raw = Buffer.isBuffer(input.body)
		? input.body
		: Buffer.from(typeof input.body === 'string' ? input.body : JSON.stringify(input.body), 'utf8');
	let parsed: unknown = {};
	try {
		parsed = JSON.parse(raw.toString('utf8'));
	} catch {
		parsed = {};
	}
	const headers = Object.fromEntries(
		Object.entries({ 'content-type': 'application/json', ...(input.headers ?? {}) }).map(([k, v]) => [k.toLowerCase(), v]),
	);
	const request: Record<string, unknown> = {
		method: 'POST',
		headers,
		body: parsed,
		query: {},
		params: {},
		contentType: 'application/json',
		encoding: 'utf-8',
		readRawBody: async () => {
			request.rawBody = raw;
		},
	};
	if (!input.lazyRawBody) request.rawBody = raw;
	return request;
}

let harnesses = 0;

export class TriggerHarness {
	/** The workflow's static data as n8n would have saved it (a plain JSON copy). */
	savedStaticData: IDataObject;

	/** Each harness is its own workflow, as in n8n: what a trigger keeps in its process is not shared between them. */
	private readonly workflowId = `${TRIGGER_WORKFLOW_ID}-${++harnesses}`;

	readonly credentialsHelper: TestCredentialsHelper;

	constructor(private readonly options: TriggerHarnessOptions) {
		if (!nodeTypeInstances[options.type]) throw new Error(`Unknown node type ${options.type}`);
		this.savedStaticData = JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject;
		this.credentialsHelper = new TestCredentialsHelper({ ...(options.credentials ?? {}) });
	}

	/** The node's own part of the saved static data. */
	get nodeStaticData(): IDataObject {
		return (this.savedStaticData[`node:${TRIGGER_NODE_NAME}`] ?? {}) as IDataObject;
	}

	/** The production URL n8n gives this node. */
	get webhookUrl() {
		return `http://localhost:5678/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;
	}

	setParameters(parameters: Record<string, unknown>) {
		this.options.parameters = parameters;
	}

	private buildWorkflow(staticData: IDataObject = this.savedStaticData) {
		const nodeType = nodeTypeInstances[this.options.type];
		const credentialName = nodeType.description.credentials?.[0]?.name;
		const node: INode = {
			id: 'trigger-under-test',
			name: TRIGGER_NODE_NAME,
			type: `n8n-nodes-customer-stack.${this.options.type}`,
			typeVersion: Array.isArray(nodeType.description.version)
				? Math.max(...nodeType.description.version)
				: nodeType.description.version,
			position: [0, 0],
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: JSON.parse(JSON.stringify(this.options.parameters)) as INode['parameters'],
			credentials: credentialName ? { [credentialName]: { id: 'cred-1', name: 'Test credential' } } : undefined,
		};
		const workflow = new Workflow({
			id: this.workflowId,
			name: this.options.workflowName ?? 'Test',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: JSON.parse(JSON.stringify(staticData)) as IDataObject,
			settings: { executionOrder: 'v1' },
		});
		return { workflow, node: workflow.getNode(TRIGGER_NODE_NAME)! };
	}

	private webhookData(workflow: Workflow, node: INode, additionalData: IWebhookData['workflowExecuteAdditionalData']) {
		const description = nodeTypeInstances[this.options.type].description.webhooks?.find((w) => w.name === 'default');
		if (!description) throw new Error(`${this.options.type} declares no default webhook`);
		return {
			httpMethod: 'POST',
			node: node.name,
			path: `${TRIGGER_WEBHOOK_ID}/${String(description.path)}`,
			webhookDescription: description,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
			webhookId: TRIGGER_WEBHOOK_ID,
		} as IWebhookData;
	}

	/** Saves static data the way n8n does after activation and after a delivery: only when it changed. */
	private save(workflow: Workflow) {
		if (workflow.staticData.__dataChanged === true) {
			this.savedStaticData = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
		}
	}

	private async hook(method: 'checkExists' | 'create' | 'delete', mode: WorkflowExecuteMode, activation: WorkflowActivateMode) {
		const { workflow, node } = this.buildWorkflow();
		const additionalData = additionalDataFor(this.credentialsHelper);
		const context = new HookContext(workflow, node, additionalData, mode, activation, this.webhookData(workflow, node, additionalData));
		const fn = nodeTypeInstances[this.options.type].webhookMethods?.default?.[method];
		if (!fn) throw new Error(`${this.options.type} has no webhookMethods.default.${method}`);
		try {
			return await fn.call(context);
		} finally {
			this.save(workflow);
		}
	}

	async checkExists() {
		return await this.hook('checkExists', 'trigger', 'activate');
	}

	async create() {
		return await this.hook('create', 'trigger', 'activate');
	}

	async delete() {
		return await this.hook('delete', 'internal', 'update');
	}

	/** What n8n does on activation: `create` when `checkExists` says the webhook is missing. */
	async activate() {
		if (!(await this.checkExists())) await this.create();
	}

	/**
	 * Runs the execution a delivery started, as n8n's worker does: the trigger's items go through WorkflowExecute
	 * (the trigger's `execute()` first), and static data changed during the run is saved when the run ends.
	 */
	async run(delivery: Delivery, options: { asQueueWorker?: boolean } = {}): Promise<IRun> {
		if (!delivery.startsExecution) throw new Error('The delivery started no execution');
		// A queue-mode worker of n8n 2.41.1 runs without the workflow's static data (the execution's snapshot has none).
		const { workflow, node } = this.buildWorkflow(options.asQueueWorker ? {} : undefined);
		// The hooks only keep the workflow's data; these fields are all the run reads.
		const workflowData = { id: this.workflowId, name: workflow.name, nodes: Object.values(workflow.nodes), connections: {}, settings: {} };
		const hooks = new ExecutionLifecycleHooks('webhook', 'trigger-run', workflowData as never);
		hooks.addHandler('workflowExecuteAfter', (_run: IRun, newStaticData?: IDataObject) => {
			if (newStaticData) this.savedStaticData = JSON.parse(JSON.stringify(newStaticData)) as IDataObject;
		});
		const additionalData = additionalDataFor(this.credentialsHelper, hooks);
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: delivery.result.workflowData! }, source: null }] },
		});
		return await new WorkflowExecute(additionalData, 'webhook', runExecutionData).processRunExecutionData(workflow);
	}

	/** The node's response mode as n8n evaluates it for a delivery: `onReceived` or `lastNode`. */
	responseMode(): unknown {
		const { workflow, node } = this.buildWorkflow();
		const description = nodeTypeInstances[this.options.type].description.webhooks?.find((w) => w.name === 'default');
		return workflow.expression.getSimpleParameterValue(node, description?.responseMode, 'webhook', {}, undefined, 'onReceived');
	}

	/** Sends one delivery to the node's `webhook()`, as n8n's live webhook handler would. */
	async deliver(input: FakeRequestInput): Promise<Delivery> {
		const { workflow, node } = this.buildWorkflow();
		const additionalData = additionalDataFor(this.credentialsHelper);
		const req = fakeRequest(input);
		const res = new FakeResponse();
		additionalData.httpRequest = req as never;
		additionalData.httpResponse = res as never;
		const context = new WebhookContext(
			workflow,
			node,
			additionalData,
			'webhook',
			this.webhookData(workflow, node, additionalData),
			[],
			null,
		);
		const nodeType = nodeTypeInstances[this.options.type];
		if (!nodeType.webhook) throw new Error(`${this.options.type} has no webhook()`);
		let result: IWebhookResponseData;
		try {
			result = await nodeType.webhook.call(context);
		} finally {
			this.save(workflow);
		}
		const answeredByNode = res.ended;
		if (result.noWebhookResponse === true && !answeredByNode) {
			throw new Error('The node returned noWebhookResponse but wrote no response');
		}
		const main = (result.workflowData?.[0] ?? []) as INodeExecutionData[];
		return {
			status: answeredByNode ? res.statusCode : 200,
			body: answeredByNode ? res.body : result.webhookResponse,
			answeredByNode,
			startsExecution: result.workflowData !== undefined,
			items: main.map((item) => item.json),
			result,
		};
	}
}
