/**
 * The nodes as AI-agent tools inside a real n8n: n8n's AI Agent (@n8n/n8n-nodes-langchain.agent v3, which n8n 1.x and 2.x both run) with n8n's
 * OpenAI Chat Model (lmChatOpenAi v1.2, which speaks chat completions; v1.3 defaults to the Responses API) pointed at a
 * scripted model (test/fakes/scriptedModel.ts), and the tool variants n8n derives from this package's action nodes
 * (`<package>.dubTool`, `lagoTool`, `notihubTool`), their parameters filled by the model through `$fromAI(...)`.
 * Run with `n8n execute` against the Dub, Lago and Notihub contract servers, and the sandbox's servers.
 *
 * What is proven: the model is offered one tool per node, named and described from the operation's `action`, with the
 * `$fromAI` keys as its arguments; its tool calls reach the vendors as their contracts expect; the tools' results come
 * back to the model in its tool messages; a vendor error or an input the node refuses comes back to the model as a
 * readable message while the run goes on; and examples/agent-billing-assistant.json works against the sandbox of
 * `npm run demo`, with two tool calls at a time, run by `n8n execute` and, as it is, from the editor's chat (a manual
 * run from its Chat Trigger on a started n8n), where its memory keeps the conversation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { nodeNameToToolName, type INodeType } from 'n8n-workflow';

import { N8N_MAJOR, repoRoot } from '../../scripts/lib/runtime';
import { startSandbox } from '../../scripts/sandbox';

import type { ContractRequest, ContractServer } from '../contract/server';
import { customer as dubCustomer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { Conversation, ScriptedModel, type ChatRequest, type ScriptedReply } from '../fakes/scriptedModel';
import { lagoCredentials, LAGO_API_KEY, startLagoServer } from '../lago/lagoServer';
import { KEYS, notihubAuth, notihubCredentials, startNotihubServer, uuid } from '../notihub/notihubServer';
import { itemsOf, manualTrigger, N8nInstance, PACKAGE_NAME, waitFor, workflowFile, type ExecutionRun, type WorkflowNode } from './helpers';

const credentials = {
	dubApi: { id: 'AgentE2eDubCred1', name: 'Dub (contract server)' },
	lagoApi: { id: 'AgentE2eLagoCre1', name: 'Lago (contract server)' },
	notihubApi: { id: 'AgentE2eNotihub1', name: 'Notihub (contract server)' },
	openAiApi: { id: 'AgentE2eModelCr1', name: 'Scripted model' },
};

/** The tool nodes, named as n8n names them when they are added in the editor: "<action> in <node>". */
const DUB_TOOL = 'Get a customer in Dub';
const LAGO_TOOL = 'Get the current usage of a customer in Lago';
const NOTIHUB_TOOL = 'Send a message in Notihub';
/** What the model calls them: n8n's tool name of the node name. */
const tool = {
	dub: nodeNameToToolName(DUB_TOOL),
	lago: nodeNameToToolName(LAGO_TOOL),
	notihub: nodeNameToToolName(NOTIHUB_TOOL),
};

const fromAI = (key: string, description: string) => `={{ $fromAI('${key}', '${description}', 'string') }}`;
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

/**
 * n8n 2 hands a tool's error to the model by default; n8n 1.x stops the agent's run unless the tool node's On Error
 * setting continues (README, "Use as AI-agent tools"), so on 1.x the tools are set as a 1.x user sets them.
 */
const onError = N8N_MAJOR >= 2 ? {} : { onError: 'continueRegularOutput' as const };

const toolNode = (name: string, service: 'dub' | 'lago' | 'notihub', parameters: Record<string, unknown>): WorkflowNode => ({
	name,
	type: `${PACKAGE_NAME}.${service}Tool`,
	typeVersion: 1,
	parameters,
	credentials: { [`${service}Api`]: credentials[`${service}Api`] },
	...onError,
});

const tools: WorkflowNode[] = [
	toolNode(DUB_TOOL, 'dub', {
		resource: 'customer',
		operation: 'get',
		customerId: locator('externalId', fromAI('externalId', 'The ID of the customer in your own system, like user_123')),
	}),
	toolNode(LAGO_TOOL, 'lago', {
		resource: 'customer',
		operation: 'getCurrentUsage',
		customer: locator('externalId', fromAI('customer', 'The external ID of the customer in Lago')),
		subscription: locator('externalId', fromAI('subscription', 'The external ID of the subscription')),
		// Dropped by n8n while the operation has no Simplify switch; asked for once it has one.
		simplify: true,
	}),
	toolNode(NOTIHUB_TOOL, 'notihub', {
		resource: 'message',
		operation: 'send',
		templateId: fromAI('templateId', 'The Notihub template to send'),
		customerId: locator('id', fromAI('customerId', 'The Notihub customer ID, a UUID')),
		additionalFields: { model: "={{ { amount: $fromAI('amount', 'The amount to tell the customer about', 'string') } }}" },
	}),
];

/** Manual Trigger → AI Agent, with the model and the three tools plugged into the agent. */
function agentWorkflow(id: string, prompt: string) {
	const agent: WorkflowNode = {
		name: 'AI Agent',
		type: '@n8n/n8n-nodes-langchain.agent',
		typeVersion: 3,
		parameters: { promptType: 'define', text: prompt, options: { systemMessage: 'You are a billing assistant.' } },
	};
	const model: WorkflowNode = {
		name: 'Scripted Model',
		type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
		typeVersion: 1.2,
		parameters: { model: locator('id', 'scripted-model'), options: {} },
		credentials: { openAiApi: credentials.openAiApi },
	};
	const workflow = workflowFile(id, `Agent with Dub, Lago and Notihub tools (${id})`, [manualTrigger, agent]);
	const into = (type: string) => ({ [type]: [[{ node: agent.name, type, index: 0 }]] });
	// Typed as the helpers' workflow file, whose connections are `main` only; n8n reads the ai_* ones alike.
	return {
		...workflow,
		nodes: [
			...workflow.nodes,
			...[model, ...tools].map((node, i) => ({ id: `${id}-${i}`, position: [220 + i * 200, 240] as [number, number], ...node })),
		],
		connections: {
			...workflow.connections,
			[model.name]: into('ai_languageModel'),
			...Object.fromEntries(tools.map((t) => [t.name, into('ai_tool')])),
		},
	} as unknown as typeof workflow;
}

/** Whether the built node gives the operation a Simplify switch. */
function hasSimplify(node: string, resource: string, operation: string) {
	const built = require(join(repoRoot, 'dist', 'nodes', node[0].toUpperCase() + node.slice(1), `${node[0].toUpperCase() + node.slice(1)}.node.js`));
	const { description } = new (Object.values(built)[0] as new () => INodeType)();
	return description.properties.some(
		(p) => p.name === 'simplify' && p.displayOptions?.show?.resource?.includes(resource) && p.displayOptions.show.operation?.includes(operation),
	);
}

const NOTIHUB_CUSTOMER = uuid(7);
const MESSAGE_ID = '10000000-0000-4000-8000-000000000007';

/** What Lago answers for the usage of cust_7's subscription, with more than a workflow usually needs. */
const usage = {
	from_datetime: '2026-08-01T00:00:00Z',
	to_datetime: '2026-08-31T23:59:59Z',
	issuing_date: '2026-09-01',
	lago_invoice_id: null,
	currency: 'EUR',
	amount_cents: 1200,
	taxes_amount_cents: 240,
	total_amount_cents: 1440,
	charges_usage: [
		{
			units: '12.0',
			total_aggregated_units: '12.0',
			events_count: 12,
			amount_cents: 1200,
			amount_currency: 'EUR',
			charge: { lago_id: '1a901a90-1a90-1a90-1a90-1a901a901a90', charge_model: 'standard', invoice_display_name: 'Storage' },
			billable_metric: { lago_id: '1a901a90-1a90-1a90-1a90-1a901a901a91', name: 'Storage', code: 'storage', aggregation_type: 'sum_agg' },
			filters: [],
			grouped_usage: [],
		},
	],
};

/**
 * examples/agent-billing-assistant.json as `n8n execute` can run it: its Chat Trigger (which waits for the editor's
 * chat) becomes a Manual Trigger, the prompt is given in the agent, and the memory takes a fixed session key. The
 * tools, their `$fromAI` parameters and the sandbox credentials stay as the example has them.
 */
const EXAMPLE = {
	file: join(repoRoot, 'examples', 'agent-billing-assistant.json'),
	modelCredential: { id: 'exampleOpenAiApi', name: 'OpenAI-compatible model' },
	prompt: 'What did user_123 use this month? Send them the invoice.ready message with the amount.',
};

function exampleToExecute() {
	const workflow = JSON.parse(readFileSync(EXAMPLE.file, 'utf8'));
	for (const node of workflow.nodes) {
		if (node.type === '@n8n/n8n-nodes-langchain.chatTrigger') Object.assign(node, { type: manualTrigger.type, typeVersion: 1, parameters: {} });
		if (node.type === '@n8n/n8n-nodes-langchain.agent') node.parameters = { ...node.parameters, promptType: 'define', text: EXAMPLE.prompt };
		if (node.type === '@n8n/n8n-nodes-langchain.memoryBufferWindow') node.parameters = { sessionIdType: 'customKey', sessionKey: 'e2e' };
	}
	return { ...workflow, id: 'AgentE2eExample1', active: false } as ReturnType<typeof workflowFile>;
}

/**
 * The example's conversation: two lookups at a time, then the message, then the answer. Decided by the results in
 * hand, since n8n replays parallel tool calls to the model as one assistant message per call.
 */
function exampleScript(conversation: Conversation): ScriptedReply {
	const t = (name: string) => nodeNameToToolName(name);
	const first = <T>(name: string) => (conversation.resultOf(t(name)) as T[])[0];
	const has = (name: string) => conversation.toolResults.some((r) => r.name === t(name));
	const step = ['Get a customer in Dub', 'Get the current usage of a customer in Lago', 'Send a message in Notihub'].filter(has).length;
	switch (step) {
		case 0:
			return {
				toolCalls: [
					{ name: t('Get a customer in Dub'), arguments: { userId: 'user_123' } },
					{ name: t('Get many subscriptions in Lago'), arguments: { userId: 'user_123' } },
				],
			};
		case 1:
			return {
				toolCalls: [
					{
						name: t('Get the current usage of a customer in Lago'),
						arguments: { userId: 'user_123', subscriptionId: first<{ external_id: string }>('Get many subscriptions in Lago').external_id },
					},
					{ name: t('Get many customers in Notihub'), arguments: { search: 'user_123' } },
				],
			};
		case 2: {
			const usage = first<{ total_amount_cents: number; currency: string }>('Get the current usage of a customer in Lago');
			return {
				toolCalls: [
					{
						name: t('Send a message in Notihub'),
						arguments: {
							templateId: 'invoice.ready',
							notihubCustomerId: first<{ customerId: string }>('Get many customers in Notihub').customerId,
							model: { amount: `${(usage.total_amount_cents / 100).toFixed(2)} ${usage.currency}` },
						},
					},
				],
			};
		}
		default: {
			const { name } = first<{ name: string }>('Get a customer in Dub');
			const { messageId } = first<{ messageId: string }>('Send a message in Notihub');
			return { content: `${name}: message ${messageId} sent.` };
		}
	}
}

/** The scripted model's side of the conversations: one script per prompt. */
function script(conversation: Conversation): ScriptedReply {
	const { prompt, turn } = conversation;
	if (prompt.startsWith('Report')) {
		if (turn === 0) return { toolCalls: [{ name: tool.dub, arguments: { externalId: 'user_7' } }] };
		if (turn === 1) {
			const [found] = conversation.resultOf(tool.dub) as Array<{ externalId: string }>;
			return { toolCalls: [{ name: tool.lago, arguments: { customer: `cust_${found.externalId.slice(5)}`, subscription: 'sub_7' } }] };
		}
		if (turn === 2) {
			const [period] = conversation.resultOf(tool.lago) as Array<{ total_amount_cents: number; currency: string }>;
			const amount = `${(period.total_amount_cents / 100).toFixed(2)} ${period.currency}`;
			return { toolCalls: [{ name: tool.notihub, arguments: { templateId: 'usage.summary', customerId: NOTIHUB_CUSTOMER, amount } }] };
		}
		const [dub] = conversation.resultOf(tool.dub) as Array<{ name: string }>;
		const [sent] = conversation.resultOf(tool.notihub) as Array<{ messageId: string }>;
		return { content: `Told ${dub.name} about their usage (message ${sent.messageId}).` };
	}
	if (prompt.startsWith('Look up')) {
		if (turn === 0) return { toolCalls: [{ name: tool.dub, arguments: { externalId: 'user_404' } }] };
		if (turn === 1) return { toolCalls: [{ name: tool.notihub, arguments: { templateId: 'usage.summary', customerId: 'user_7', amount: '0' } }] };
		const said = (name: string) => (conversation.resultOf(name) as Array<{ error?: string }>)[0].error;
		return { content: `I could not do it. Dub: ${said(tool.dub)} Notihub: ${said(tool.notihub)}` };
	}
	if (prompt.startsWith('What did user_123')) return exampleScript(conversation);
	if (prompt === 'Thanks!') return { content: 'You are welcome.' };
	throw new Error(`no script for the prompt "${prompt}"`);
}

let dub: ContractServer;
let lago: ContractServer;
let notihub: ContractServer;
let model: ScriptedModel;
let n8n: N8nInstance;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
	[dub, lago, notihub] = await Promise.all([startDubServer(), startLagoServer(), startNotihubServer()]);
	sandbox = await startSandbox({ ports: { dub: 0, lago: 0, notihub: 0 } });
	model = await ScriptedModel.start(script);
	n8n = await new N8nInstance().install();
	await n8n.importCredentials([
		{ ...credentials.dubApi, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${dub.url}/` } },
		{ ...credentials.lagoApi, type: 'lagoApi', data: lagoCredentials(lago).lagoApi },
		{ ...credentials.notihubApi, type: 'notihubApi', data: notihubCredentials(notihub).notihubApi },
		{ ...credentials.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-scripted-model-not-a-secret', url: model.url } },
		...sandbox.credentials(),
		{ ...EXAMPLE.modelCredential, type: 'openAiApi', data: { apiKey: 'sk-scripted-model-not-a-secret', url: model.url } },
	]);
	await n8n.importWorkflows([
		agentWorkflow('AgentE2eReport01', 'Report the usage of user_7 to them on Notihub'),
		agentWorkflow('AgentE2eErrors01', 'Look up user_404 and notify user_7'),
		exampleToExecute(),
		JSON.parse(readFileSync(EXAMPLE.file, 'utf8')),
	]);
}, 240000);
afterAll(async () => {
	await Promise.all([dub?.close(), lago?.close(), notihub?.close(), model?.close(), sandbox?.close()]);
	await n8n?.stop();
	n8n?.remove();
});
beforeEach(() => {
	for (const server of [dub, lago, notihub]) server.reset();
	model.reset();
	const auth = notihubAuth(notihub);
	dub.on('getCustomer', ({ params }: ContractRequest) =>
		params.id === 'ext_user_7'
			? { body: dubCustomer(7) }
			: { status: 404, body: { error: { code: 'not_found', message: 'Customer not found.', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } } },
	);
	lago.on('findCustomerCurrentUsage', { body: { customer_usage: usage } });
	notihub.on('sendMessage', auth.api(() => ({ body: { messageId: MESSAGE_ID } })));
});
afterEach(() => {
	// AGENT_E2E_DUMP=<file>: append what the model received, to read when a script goes astray.
	if (process.env.AGENT_E2E_DUMP) require('node:fs').appendFileSync(process.env.AGENT_E2E_DUMP, JSON.stringify(model.requests, null, 1) + '\n');
	for (const server of [dub, lago, notihub]) server.expectNoViolations();
	expect(sandbox.violations()).toEqual({ Dub: [], Lago: [], Notihub: [] });
	expect(model.unexpected).toEqual([]);
});

/** The tool messages the model received, in order, as `tool name → content`. */
function toolMessages(requests: ChatRequest[]) {
	return new Conversation(requests.at(-1)!).toolResults.map(({ name, content }) => [name, JSON.parse(content)]);
}

function expectRunSucceeded(run: ExecutionRun, exit: number | 'crashed at exit') {
	expect(run.data.resultData.error).toBeUndefined();
	expect(run.status).toBe('success');
	expect([0, 'crashed at exit']).toContain(exit);
}

describe('the nodes as tools of n8n’s AI Agent (scripted model)', () => {
	it('offers one tool per node, runs the model’s calls against Dub, Lago and Notihub, and hands each result back', async () => {
		const { exit, run } = await n8n.execute('AgentE2eReport01');

		expectRunSucceeded(run, exit);
		// What the model is offered: one tool per node, named and described from the operation, the $fromAI keys as arguments.
		const offered = model.requests[0].tools!.map((t) => t.function);
		expect(offered.map((f) => [f.name, f.description]).sort()).toEqual(
			[
				['Get_a_customer_in_Dub', 'Get a customer in Dub'],
				['Get_the_current_usage_of_a_customer_in_Lago', 'Get the current usage of a customer in Lago'],
				['Send_a_message_in_Notihub', 'Send a message in Notihub'],
			].sort(),
		);
		const argumentsOf = (name: string) => {
			const parameters = offered.find((f) => f.name === name)!.parameters!;
			return Object.fromEntries(Object.entries(parameters.properties ?? {}).map(([key, p]) => [key, `${p.type}: ${p.description}`]));
		};
		expect(argumentsOf(tool.dub)).toEqual({ externalId: 'string: The ID of the customer in your own system, like user_123' });
		expect(argumentsOf(tool.lago)).toEqual({
			customer: 'string: The external ID of the customer in Lago',
			subscription: 'string: The external ID of the subscription',
		});
		expect(argumentsOf(tool.notihub)).toEqual({
			templateId: 'string: The Notihub template to send',
			customerId: 'string: The Notihub customer ID, a UUID',
			amount: 'string: The amount to tell the customer about',
		});
		expect(model.requests[0].messages.map((m) => [m.role, m.content])).toEqual([
			['system', 'You are a billing assistant.'],
			['user', 'Report the usage of user_7 to them on Notihub'],
		]);

		// The requests the model's arguments made, as each vendor's contract expects them.
		expect(dub.calls('getCustomer').map((r) => r.path)).toEqual(['/customers/ext_user_7']);
		expect(dub.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${DUB_API_KEY}`]);
		const [usageRequest] = lago.calls('findCustomerCurrentUsage');
		expect(lago.calls('findCustomerCurrentUsage')).toHaveLength(1);
		expect([usageRequest.path, usageRequest.query]).toEqual(['/customers/cust_7/current_usage', { external_subscription_id: 'sub_7' }]);
		expect(usageRequest.headers.authorization).toBe(`Bearer ${LAGO_API_KEY}`);
		expect(notihub.calls('sendMessage').map((r) => r.body)).toEqual([
			{ templateId: 'usage.summary', customerId: NOTIHUB_CUSTOMER, model: { amount: '14.40 EUR' } },
		]);

		// One model call per step: three tool calls, then the answer.
		expect(model.requests).toHaveLength(4);
		expect(model.requests.every((r) => r.model === 'scripted-model')).toBe(true);
		const results = toolMessages(model.requests);
		expect(results.map(([name]) => name)).toEqual([tool.dub, tool.lago, tool.notihub]);
		expect(results[0][1]).toEqual([dubCustomer(7)]);
		// Big records go to the model simplified when the operation has a Simplify switch (the tool node asks for it);
		// Get Current Usage has none yet, and the model gets Lago's whole usage record.
		if (hasSimplify('lago', 'customer', 'getCurrentUsage')) {
			const [simplified] = results[1][1] as Array<Record<string, unknown>>;
			expect(Object.keys(simplified).length).toBeLessThan(Object.keys(usage).length);
			expect(usage).toMatchObject(simplified);
		} else {
			expect(results[1][1]).toEqual([usage]);
		}
		expect(results[2][1]).toEqual([{ messageId: MESSAGE_ID }]);

		expect(itemsOf(run, 'AI Agent')).toEqual([{ output: `Told Customer 7 about their usage (message ${MESSAGE_ID}).` }]);
		const printed = JSON.stringify(run) + JSON.stringify(model.requests);
		expect([DUB_API_KEY, LAGO_API_KEY, KEYS.secretKey, KEYS.clientSecret].filter((secret) => printed.includes(secret))).toEqual([]);
	});

	it('hands a vendor error and a refused input back to the model as readable messages, and the run goes on', async () => {
		const { exit, run } = await n8n.execute('AgentE2eErrors01');

		expectRunSucceeded(run, exit);
		expect(dub.calls('getCustomer').map((r) => r.path)).toEqual(['/customers/ext_user_404']);
		// Refused before sending: Notihub sees neither a token exchange nor a message.
		expect(notihub.requests).toEqual([]);

		const results = toolMessages(model.requests);
		expect(results.map(([name]) => name)).toEqual([tool.dub, tool.notihub]);
		expect(results[0][1]).toEqual([{ error: 'Customer not found.' }]);
		const [[refused]] = [results[1][1]] as Array<Array<{ error: string }>>;
		expect(refused).toEqual({ error: expect.stringMatching(/Customer.*UUID.*"user_7"/) });
		expect(itemsOf(run, 'AI Agent')[0].output).toContain('Customer not found.');
	});

	it('runs the example agent workflow against the sandbox, two tool calls at a time', async () => {
		const { exit, run } = await n8n.execute('AgentE2eExample1');

		expectRunSucceeded(run, exit);
		const served = (service: 'dub' | 'lago' | 'notihub', operationId: string) =>
			sandbox[service].server.calls(operationId).map((r: ContractRequest) => [r.path, r.query]);
		expect(served('dub', 'getCustomer')).toEqual([['/customers/ext_user_123', {}]]);
		expect(served('lago', 'findAllSubscriptions')).toEqual([['/subscriptions', { external_customer_id: 'user_123', page: '1', per_page: '10' }]]);
		expect(served('lago', 'findCustomerCurrentUsage')).toEqual([
			['/customers/user_123/current_usage', { external_subscription_id: 'sub_user_123' }],
		]);
		expect(served('notihub', 'listCustomers')).toEqual([['/customers/', { search: 'user_123', page: '0', limit: '5' }]]);
		const [sent] = sandbox.notihub.server.calls('sendMessage');
		expect(sent.body).toEqual({ templateId: 'invoice.ready', customerId: '7a0b0000-0000-4000-8000-000000000001', model: { amount: expect.stringMatching(/^\d+\.\d\d USD$/) } });

		// Three model calls with tool results, each carrying what the sandbox answered, and no errors.
		const results = toolMessages(model.requests);
		expect(results.map(([name]) => name)).toEqual([
			'Get_a_customer_in_Dub',
			'Get_many_subscriptions_in_Lago',
			'Get_the_current_usage_of_a_customer_in_Lago',
			'Get_many_customers_in_Notihub',
			'Send_a_message_in_Notihub',
		]);
		expect(results.flatMap(([, content]) => content).filter((item: { error?: string }) => item.error)).toEqual([]);
		expect(results[0][1]).toEqual([expect.objectContaining({ externalId: 'user_123', name: 'Grace Hopper' })]);
		const messageId = (results[4][1] as Array<{ messageId: string }>)[0].messageId;
		expect(itemsOf(run, 'Billing Assistant')).toEqual([{ output: `Grace Hopper: message ${messageId} sent.` }]);
	});

	it('answers in the editor’s chat as the example is, and remembers the conversation', async () => {
		const { rest } = await n8n.start();
		const { id: workflowId } = JSON.parse(readFileSync(EXAMPLE.file, 'utf8')) as { id: string };
		// n8n 1.x's editor sends the workflow with the run; n8n 2 reads it from the database.
		const workflowData = N8N_MAJOR >= 2 ? undefined : (await rest.request('GET', `/rest/workflows/${workflowId}`)).data;
		/** What the editor's chat panel sends: a manual run from the Chat Trigger with the message. */
		const chat = async (chatInput: string) => {
			const { data } = await rest.request('POST', `/rest/workflows/${workflowId}/run`, {
				...(workflowData && { workflowData }),
				triggerToStartFrom: {
					name: 'When chat message received',
					data: {
						startTime: Date.now(),
						executionTime: 0,
						executionIndex: 0,
						executionStatus: 'success',
						source: [null],
						data: { main: [[{ json: { sessionId: 'e2e-chat', action: 'sendMessage', chatInput } }]] },
					},
				},
			});
			expect(data?.executionId).toBeDefined();
			const execution = await waitFor(
				async () =>
					(await n8n.executions(workflowId)).find(
						(e) => String(e.id) === String(data.executionId) && ['success', 'error', 'crashed', 'canceled'].includes(String(e.status)),
					),
				{ timeoutMs: 60000, what: `the chat run ${data.executionId}` },
			);
			return execution;
		};

		const first = await chat(EXAMPLE.prompt);

		expect(first.data.resultData.error).toBeUndefined();
		expect([first.status, first.mode]).toEqual(['success', 'manual']);
		const [sent] = sandbox.notihub.server.calls('sendMessage');
		expect(sent.body).toMatchObject({ templateId: 'invoice.ready', customerId: '7a0b0000-0000-4000-8000-000000000001' });
		const answer = `Grace Hopper: message ${sentMessageId()} sent.`;
		expect(itemsOf(first, 'Billing Assistant')).toEqual([{ output: answer }]);

		model.reset();
		const second = await chat('Thanks!');

		expect(second.status).toBe('success');
		expect(itemsOf(second, 'Billing Assistant')).toEqual([{ output: 'You are welcome.' }]);
		// The memory gave the model the first exchange of the session (n8n 1.x stores the tool calls before the answer).
		const remembered = N8N_MAJOR >= 2 ? answer : expect.stringMatching(/^\[Used tools: Tool: Get_a_customer_in_Dub, Input: .*\] Grace Hopper: message \S+ sent\.$/s);
		const history = model.requests[0].messages.filter((m) => m.role === 'user' || (m.role === 'assistant' && typeof m.content === 'string' && m.content));
		expect(history.map((m) => [m.role, m.content])).toEqual([
			['user', EXAMPLE.prompt],
			['assistant', remembered],
			['user', 'Thanks!'],
		]);
	});
});

/** The message ID the sandbox gave the message the model had sent, as the tool result told the model. */
function sentMessageId() {
	const results = toolMessages(model.requests);
	const send = results.find(([name]) => name === 'Send_a_message_in_Notihub');
	return (send![1] as Array<{ messageId: string }>)[0].messageId;
}
