/**
 * The test engine (test/engine/index.ts: n8n-core's WorkflowExecute over the BUILT nodes in dist/) loaded from plain
 * Node: its TypeScript is transpiled on require with the project's own `typescript`, so the bench runs the very code
 * the tests run. On top of it:
 * - n8n-nodes-base's HTTP Request and Split Out nodes and its Bearer Auth credential (from bench/.deps);
 * - the Lago node and credential from dist/ when they are built but not yet listed in package.json;
 * - credentials applied like n8n's CredentialsHelper does (a generic `authenticate` resolved through n8n's
 *   expression engine on every request), where the test helper uses a regex;
 * - `runChain`, runNode's workflow generalized to a chain of nodes, so the HTTP Request node on Lago can be
 *   followed by the Split Out a user needs to get one item per customer.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

const TS_CACHE = path.join(__dirname, '.deps', 'ts-cache');

/**
 * Lets `require` load the test engine's TypeScript. Transpiled output is cached by content hash, so the measured
 * processes (bench/run.js transpiles first) never load the `typescript` compiler and its ~60 MB of memory.
 */
function registerTypeScript() {
	if (require.extensions['.ts']) return;
	let ts;
	require.extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const cached = path.join(TS_CACHE, `${crypto.createHash('sha1').update(filename).update(source).digest('hex')}.js`);
		let output;
		try {
			output = fs.readFileSync(cached, 'utf8');
		} catch {
			ts ??= require(require.resolve('typescript', { paths: [ROOT] }));
			output = ts.transpileModule(source, {
				fileName: filename,
				compilerOptions: {
					module: ts.ModuleKind.CommonJS,
					target: ts.ScriptTarget.ES2021,
					esModuleInterop: true,
					resolveJsonModule: true,
				},
			}).outputText;
			fs.mkdirSync(TS_CACHE, { recursive: true });
			fs.writeFileSync(cached, output);
		}
		module._compile(output, filename);
	};
}

registerTypeScript();
const engine = require('../test/engine/index.ts');
const { Workflow } = require('n8n-workflow');
const { ExecutionLifecycleHooks, WorkflowExecute } = require('n8n-core');
const { requireDep, assertSharedInstances } = require('./deps');

const { nodeTypeInstances, credentialTypes, nodeTypes, TestCredentialsHelper, additionalDataFor } = engine;

/**
 * Registers n8n's HTTP Request and Split Out nodes and its Bearer Auth credential. Only the HTTP Request client
 * calls it, so no other client's process pays for loading them (the HTTP node loads jsdom and cheerio).
 */
function useNodesBase() {
	if (nodeTypeInstances['n8n-nodes-base.httpRequest']) return;
	assertSharedInstances();
	const { HttpRequest } = requireDep('n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node.js');
	const { SplitOut } = requireDep('n8n-nodes-base/dist/nodes/Transform/SplitOut/SplitOut.node.js');
	const { HttpBearerAuth } = requireDep('n8n-nodes-base/dist/credentials/HttpBearerAuth.credentials.js');
	nodeTypeInstances['n8n-nodes-base.httpRequest'] = new HttpRequest();
	nodeTypeInstances['n8n-nodes-base.splitOut'] = new SplitOut();
	credentialTypes.httpBearerAuth = new HttpBearerAuth();
}

// LAGO: until the Lago branch is merged, package.json does not list the Lago node; load it from dist/ if built.
const LAGO_NODE = path.join(ROOT, 'dist/nodes/Lago/Lago.node.js');
const LAGO_CREDENTIAL = path.join(ROOT, 'dist/credentials/LagoApi.credentials.js');
if (!nodeTypeInstances.lago && fs.existsSync(LAGO_NODE) && fs.existsSync(LAGO_CREDENTIAL)) {
	nodeTypeInstances.lago = new (require(LAGO_NODE).Lago)();
	credentialTypes.lagoApi = new (require(LAGO_CREDENTIAL).LagoApi)();
}

/** What n8n's CredentialsHelper.authenticate does with a generic `authenticate`: keys and values are expressions. */
class BenchCredentialsHelper extends TestCredentialsHelper {
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const auth = credentialTypes[typeName]?.authenticate;
		if (!auth || typeof auth === 'function' || !workflow || !node) {
			return await super.authenticate(credentials, typeName, requestOptions);
		}
		const resolve = (value) =>
			typeof value === 'string' && value.startsWith('=')
				? String(workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '') ?? '')
				: value;
		requestOptions.headers ??= {};
		for (const [where, values] of Object.entries(auth.properties)) {
			requestOptions[where] ??= {};
			for (const [key, value] of Object.entries(values)) requestOptions[where][resolve(key)] = resolve(value);
		}
		return requestOptions;
	}
}

let executionCounter = 0;

/**
 * Runs `Input → nodes[0] → nodes[1] …` through n8n-core's WorkflowExecute, as runNode does for one node.
 * Each node: { name, type (full type name, or ours unprefixed), typeVersion?, parameters, credentials? }.
 * Resolves with the items of the last node.
 */
async function runChain(chain, credentials) {
	const credentialsHelper = new BenchCredentialsHelper({ ...credentials });
	const input = {
		id: 'bench-input',
		name: 'Input',
		type: 'testInput',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: [{}] },
	};
	const nodes = [input];
	const connections = {};
	let previous = input;
	chain.forEach((spec, index) => {
		const type = spec.type.includes('.') ? spec.type : `n8n-nodes-customer-stack.${spec.type}`;
		const instance = nodeTypes.getByName(type);
		if (!instance) throw new Error(`Unknown node type ${spec.type}`);
		const node = {
			id: `bench-node-${index}`,
			name: spec.name,
			type,
			typeVersion: spec.typeVersion ?? (Array.isArray(instance.description.version) ? Math.max(...instance.description.version) : instance.description.version),
			position: [200 * (index + 1), 0],
			parameters: spec.parameters,
			credentials: spec.credentials,
		};
		nodes.push(node);
		connections[previous.name] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
		previous = node;
	});
	const workflow = new Workflow({
		id: 'bench-workflow',
		name: 'Bench',
		nodes,
		connections,
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const executionId = String(++executionCounter);
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'bench-workflow',
		name: 'Bench',
		nodes,
		connections,
		active: false,
		isArchived: false,
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	});
	let finished;
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => {
		finished = fullRunData;
	});
	const additionalData = additionalDataFor(credentialsHelper, hooks);
	additionalData.executionId = executionId;
	const run = await new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: input });
	const full = finished ?? run;
	const taskData = full.data.resultData.runData[previous.name]?.[0];
	const error = taskData?.error ?? full.data.resultData.error;
	if (error) throw error;
	return taskData?.data?.main?.[0] ?? [];
}

module.exports = { engine, runChain, useNodesBase, nodeTypeInstances, BenchCredentialsHelper };
