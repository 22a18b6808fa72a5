/**
 * The nodes as AI-agent tools inside a real n8n: n8n's AI Agent (@n8n/n8n-nodes-langchain.agent v3.1) with n8n's
 * OpenAI Chat Model (lmChatOpenAi v1.2, which speaks chat completions; v1.3 defaults to the Responses API) pointed at a
 * scripted model (test/fakes/scriptedModel.ts), and the tool variants n8n derives from this package's action nodes
 * (`<package>.dubTool`, `lagoTool`, `notihubTool`), their parameters filled by the model through `$fromAI(...)`.
 * Run with `n8n execute` against the Dub, Lago and Notihub contract servers.
 *
 * What is proven: the model is offered one tool per node, named and described from the operation's `action`, with the
 * `$fromAI` keys as its arguments; its tool calls reach the vendors as their contracts expect; the tools' results come
 * back to the model in its tool messages; and a vendor error or an input the node refuses comes back to the model as
 * a readable message while the run goes on.
 */
import { nodeNameToToolName } from 'n8n-workflow';

import type { ContractRequest, ContractServer } from '../contract/server';
import { customer as dubCustomer, DUB_API_KEY, startDubServer } from '../dub/dubServer';
import { Conversation, ScriptedModel, type ChatRequest, type ScriptedReply } from '../fakes/scriptedModel';
import { lagoCredentials, LAGO_API_KEY, startLagoServer } from '../lago/lagoServer';
import { KEYS, notihubAuth, notihubCredentials, startNotihubServer, uuid } from '../notihub/notihubServer';
import { itemsOf, manualTrigger, N8nInstance, PACKAGE_NAME, workflowFile, type ExecutionRun, type WorkflowNode } from './helpers';

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

const toolNode = (name: string, service: 'dub' | 'lago' | 'notihub', parameters: Record<string, unknown>): WorkflowNode => ({
	name,
	type: `${PACKAGE_NAME}.${service}Tool`,
	typeVersion: 1,
	parameters,
	credentials: { [`${service}Api`]: credentials[`${service}Api`] },
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
		typeVersion: 3.1,
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
	throw new Error(`no script for the prompt "${prompt}"`);
}

let dub: ContractServer;
let lago: ContractServer;
let notihub: ContractServer;
let model: ScriptedModel;
let n8n: N8nInstance;

beforeAll(async () => {
	[dub, lago, notihub] = await Promise.all([startDubServer(), startLagoServer(), startNotihubServer()]);
	model = await ScriptedModel.start(script);
	n8n = await new N8nInstance().install();
	await n8n.importCredentials([
		{ ...credentials.dubApi, type: 'dubApi', data: { apiKey: DUB_API_KEY, baseUrl: `${dub.url}/` } },
		{ ...credentials.lagoApi, type: 'lagoApi', data: lagoCredentials(lago).lagoApi },
		{ ...credentials.notihubApi, type: 'notihubApi', data: notihubCredentials(notihub).notihubApi },
		{ ...credentials.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-scripted-model-not-a-secret', url: model.url } },
	]);
	await n8n.importWorkflows([
		agentWorkflow('AgentE2eReport01', 'Report the usage of user_7 to them on Notihub'),
		agentWorkflow('AgentE2eErrors01', 'Look up user_404 and notify user_7'),
	]);
}, 240000);
afterAll(async () => {
	await Promise.all([dub?.close(), lago?.close(), notihub?.close(), model?.close()]);
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

describe('the nodes as tools of n8n’s AI Agent (CLI execute, scripted model)', () => {
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
		// Get Current Usage has no Simplify switch (yet): the model gets Lago's whole usage record.
		expect(results[1][1]).toEqual([usage]);
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
});
