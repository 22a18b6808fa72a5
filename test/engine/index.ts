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

import { ExecuteContext, ExecutionLifecycleHooks, RoutingNode, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	isExpression,
	type ICredentialDataDecryptedObject,
	type ICredentialsDecrypted,
	type INodeCredentialTestResult,
	type INodeParameters,
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
 * What n8n's CredentialsHelper (packages/cli/src/credentials-helper.ts) does for our credential types: stored data
 * gets the type's defaults (applyDefaultsAndOverwrites), generic `authenticate` resolves `={{$credentials.x}}`, and
 * `preAuthentication` refreshes the hidden `expirable` field when it is '' or n8n-core says the credential expired
 * (its httpRequestWithAuthentication retries once after a 401). `saved` records what n8n would persist after a refresh;
 * later `getDecrypted` calls read it, as later executions read n8n's database.
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

	/** The stored data with the credential type's defaults filled in, as n8n hands it to nodes. */
	withDefaults(type: string, data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject {
		const properties = credentialTypes[type]?.properties;
		if (!properties) return { ...data };
		return NodeHelpers.getNodeParameters(properties, data as INodeParameters, true, false, null, null) as ICredentialDataDecryptedObject;
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
		node: INode,
		credentialsExpired: boolean,
	) {
		const credentialType = credentialTypes[typeName];
		const expirable = credentialType?.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (expirable?.name === undefined) return undefined;
		// n8n's own check for its credential-test node; see testCredential below for when it holds.
		const isTestingCredentials = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) return undefined;

		this.preAuthenticationCalls++;
		const output = await credentialType.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		if (!node.credentials) return undefined;

		// Persisted onto the raw stored data; a field stored as an expression keeps its expression.
		const stored = this.store[typeName] ?? {};
		const persisted: ICredentialDataDecryptedObject = { ...stored };
		for (const [key, value] of Object.entries(output as ICredentialDataDecryptedObject)) {
			if (key === expirable.name || !isExpression(stored[key])) persisted[key] = value;
		}
		this.store[typeName] = persisted;
		this.saved[typeName] = persisted;
		return Object.assign(credentials, output);
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
		return this.withDefaults(type, data);
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

/**
 * What n8n's CredentialsTester (packages/cli/src/services/credentials-tester.service.ts) does with a credential's
 * request-based `test`: it runs the request through RoutingNode on a temporary NoOp-typed node, then maps a failure
 * to the message the user sees: a matching `responseCode` rule, the HTTP status text, the network error code, or the
 * thrown error's message. The node's type is n8n's NoOp description name, unprefixed as nodes-base descriptions are.
 */
export async function testCredential(
	type: string,
	data: ICredentialDataDecryptedObject,
	credentialsHelper = new TestCredentialsHelper({ [type]: { ...data } }),
): Promise<INodeCredentialTestResult> {
	const testRequest = credentialTypes[type]?.test;
	if (!testRequest) throw new Error(`Credential type ${type} has no test request`);
	const credentialsDecrypted: ICredentialsDecrypted = {
		id: 'cred-1',
		name: 'Test credential',
		type,
		data: credentialsHelper.withDefaults(type, data),
	};
	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'noOp',
			group: ['organization'],
			version: 1,
			description: '',
			defaults: { name: 'No Operation, do nothing' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: testRequest.request }, default: '' },
			],
		} as unknown as INodeType['description'],
	};
	const node: INode = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: nodeType.description.name,
		typeVersion: 1,
		position: [0, 0],
		credentials: { [type]: { id: credentialsDecrypted.id, name: credentialsDecrypted.name } },
	};
	const mockNodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: mockNodeTypes });
	const additionalData = additionalDataFor(credentialsHelper);
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		executeData,
		[],
	);
	try {
		await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (caught) {
		const error = caught as Error & { cause?: { response?: { status: number; statusText?: string }; code?: string } };
		const response = error.cause?.response;
		if (response) {
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === response.status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			if (response.status < 199 || response.status > 299) {
				return { status: 'Error', message: response.statusText || `Received HTTP status code: ${response.status}` };
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: String(error.message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
