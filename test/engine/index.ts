/**
 * Runs the BUILT nodes (dist/) through n8n-core's WorkflowExecute, so declarative routing, expressions,
 * credentials and error handling execute exactly as inside n8n.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-engine-'));
process.env.N8N_LOG_LEVEL ??= 'silent';
// eslint-disable-next-line import/no-unassigned-import
import 'reflect-metadata';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IExecuteData,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

const DIST = path.resolve(__dirname, '../../dist');
const pkg = require('../../package.json') as { n8n: { nodes: string[]; credentials: string[] } };

type Constructor<T> = new () => T;

function loadClasses<T>(files: string[]): T[] {
	return files.flatMap((file) => {
		const exported = require(path.resolve(DIST, '..', file)) as Record<string, Constructor<T>>;
		return Object.values(exported).map((Cls) => new Cls());
	});
}

export const nodeTypeInstances: Record<string, INodeType> = {};
export const credentialTypes: Record<string, ICredentialType> = {};

for (const nodeType of loadClasses<INodeType>(pkg.n8n.nodes)) {
	nodeTypeInstances[nodeType.description.name] = nodeType;
}
for (const credentialType of loadClasses<ICredentialType>(pkg.n8n.credentials)) {
	credentialTypes[credentialType.name] = credentialType;
}

/** Emits the items given in its `items` parameter: the test's input to the node under test. */
class TestInput implements INodeType {
	description = {
		displayName: 'Test Input',
		name: 'testInput',
		group: ['input'],
		version: 1,
		description: '',
		defaults: { name: 'Test Input' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	} as unknown as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions) {
		const items = this.getNodeParameter('items', 0) as unknown as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}
nodeTypeInstances.testInput = new TestInput();

export const nodeTypes: INodeTypes = {
	getByName: (name) => nodeTypeInstances[stripPackage(name)],
	getByNameAndVersion: (name, version) =>
		NodeHelpers.getVersionedNodeType(
			nodeTypeInstances[stripPackage(name)] as INodeType | IVersionedNodeType,
			version,
		),
	getKnownTypes: () => ({}),
};

function stripPackage(name: string) {
	return name.replace(/^n8n-nodes-customer-stack\./, '');
}

/** Resolves `={{$credentials.x}}`-style templates the way n8n's expression engine does for these simple cases. */
export function resolveCredentialTemplate(value: unknown, credentials: ICredentialDataDecryptedObject): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	return value.slice(1).replace(/\{\{\s*\$credentials\.([\w]+)\s*\}\}/g, (_m, key: string) =>
		String(credentials[key] ?? ''),
	);
}

/**
 * What n8n's CredentialsHelper does for our credential types: generic `authenticate` and `preAuthentication`
 * of an expirable hidden field. `saved` records what n8n would persist after a token refresh.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	saved: Record<string, ICredentialDataDecryptedObject> = {};

	preAuthenticationCalls = 0;

	constructor(private readonly store: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions) {
		const auth = credentialTypes[typeName]?.authenticate;
		if (!auth) return requestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		const props = auth.properties as Record<string, Record<string, unknown>>;
		for (const [where, values] of Object.entries(props)) {
			const target = ((requestOptions as unknown as Record<string, Record<string, unknown>>)[where] ??= {});
			for (const [key, template] of Object.entries(values)) {
				target[key] = resolveCredentialTemplate(template, credentials);
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	) {
		const credentialType = credentialTypes[typeName];
		const expirable = credentialType?.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || !credentialType.preAuthentication) return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) {
			return undefined;
		}
		this.preAuthenticationCalls++;
		const output = await credentialType.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const updated = { ...credentials, ...output } as ICredentialDataDecryptedObject;
		this.store[typeName] = updated;
		this.saved[typeName] = updated;
		return updated;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}

	async getDecrypted(_additionalData: IWorkflowExecuteAdditionalData, _nodeCredentials: INodeCredentialsDetails, type: string) {
		const data = this.store[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return { ...data };
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string) {
		return credentialTypes[type]?.properties ?? [];
	}
}

export function additionalDataFor(credentialsHelper: ICredentialsHelper, hooks?: ExecutionLifecycleHooks) {
	return {
		credentialsHelper,
		hooks,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not supported in tests');
		},
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface RunNodeOptions {
	/** Node type name without package prefix, e.g. `dub`. */
	type: string;
	parameters: Record<string, unknown>;
	/** Credential data by credential type name. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The items fed into the node; one empty item by default. */
	input?: Array<Record<string, unknown>>;
	continueOnFail?: boolean;
	credentialsHelper?: TestCredentialsHelper;
}

export interface RunNodeResult {
	/** The json of every item on the node's first output. */
	items: IDataObject[];
	/** Items in full (json, error, pairedItem). */
	rawItems: INodeExecutionData[];
	/** The node's error when the run failed. */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	run: IRun;
}

let executionCounter = 0;

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const credentialsHelper = options.credentialsHelper ?? new TestCredentialsHelper({ ...options.credentials });
	const nodeType = nodeTypeInstances[options.type];
	if (!nodeType) throw new Error(`Unknown node type ${options.type}`);
	const credentialName = nodeType.description.credentials?.[0]?.name;

	const underTest: INode = {
		id: 'node-under-test',
		name: 'Node Under Test',
		type: `n8n-nodes-customer-stack.${options.type}`,
		typeVersion: Array.isArray(nodeType.description.version)
			? Math.max(...nodeType.description.version)
			: nodeType.description.version,
		position: [200, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: credentialName ? { [credentialName]: { id: 'cred-1', name: 'Test credential' } } : undefined,
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const input: INode = {
		id: 'test-input',
		name: 'Test Input',
		type: 'testInput',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: (options.input ?? [{}]) as unknown as string },
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes: [input, underTest],
		connections: { 'Test Input': { main: [[{ node: 'Node Under Test', type: 'main', index: 0 }]] } },
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});

	const executionId = String(++executionCounter);
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'test-workflow',
		name: 'Test',
		nodes: workflow.nodes ? Object.values(workflow.nodes) : [],
		connections: workflow.connectionsBySourceNode,
		active: false,
		isArchived: false,
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	let finished: IRun | undefined;
	hooks.addHandler('workflowExecuteAfter', (fullRunData: IRun) => {
		finished = fullRunData;
	});
	const additionalData = additionalDataFor(credentialsHelper, hooks);
	additionalData.executionId = executionId;

	const run = await new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: input });
	const full = finished ?? run;
	const taskData = full.data.resultData.runData['Node Under Test']?.[0];
	const rawItems = taskData?.data?.main?.[0] ?? [];
	return {
		items: rawItems.map((item) => item.json),
		rawItems,
		error: (taskData?.error ?? full.data.resultData.error) as RunNodeResult['error'],
		run: full,
	};
}

export type { IExecuteData };
export { createRunExecutionData };
