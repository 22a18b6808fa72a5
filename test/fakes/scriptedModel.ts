/**
 * A scripted stand-in for an OpenAI-compatible chat model: a local HTTP server speaking the chat-completions protocol
 * (`POST <url>/chat/completions`, answered as JSON or, when the client asks for `stream: true`, as server-sent events),
 * which n8n's OpenAI Chat Model node reaches through the Base URL of its `openAiApi` credential. No model, no network:
 * each answer comes from a script, a function of the conversation so far, so a test says "call tool X with these
 * arguments" and then "answer with what the tool returned".
 *
 * Every request is recorded (`requests`), so a test can read what the model was given: the tools n8n offered (name,
 * description, JSON schema of the arguments) and the tool messages that carried the tools' results back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ToolCall {
	name: string;
	arguments: Record<string, unknown>;
}

/** What the scripted model answers: tool calls (the agent runs them and asks again) or a final text. */
export type ScriptedReply = { toolCalls: ToolCall[] } | { content: string };

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant' | 'tool';
	content: string | null | Array<{ type: string; text?: string }>;
	tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
	tool_call_id?: string;
}

export interface OfferedTool {
	type: 'function';
	function: { name: string; description?: string; parameters?: { properties?: Record<string, { type?: string; description?: string }>; required?: string[] } };
}

/** One chat-completions request as the model received it. */
export interface ChatRequest {
	model: string;
	messages: ChatMessage[];
	tools?: OfferedTool[];
	stream?: boolean;
	[key: string]: unknown;
}

/** The conversation a script answers. */
export class Conversation {
	constructor(readonly request: ChatRequest) {}

	get messages() {
		return this.request.messages;
	}

	/**
	 * How many assistant messages the conversation holds: 0 on the first request. n8n's agent replays parallel tool
	 * calls as one assistant message per call, so a script with parallel calls should go by `toolResults` instead.
	 */
	get turn() {
		return this.messages.filter((m) => m.role === 'assistant').length;
	}

	/** The user's prompt (the last user message), as text. */
	get prompt() {
		const user = [...this.messages].reverse().find((m) => m.role === 'user');
		return user ? textOf(user) : '';
	}

	/** Every tool result in the conversation, in order, as `{ name, content }`: the name of the tool that was called. */
	get toolResults() {
		const names = new Map(this.messages.flatMap((m) => (m.tool_calls ?? []).map((call) => [call.id, call.function.name] as const)));
		return this.messages
			.filter((m) => m.role === 'tool')
			.map((m) => ({ name: names.get(m.tool_call_id ?? '') ?? '(unknown tool call)', content: textOf(m) }));
	}

	/** The content of the tool message that answered the latest call of `toolName`, parsed as JSON when it is JSON. */
	resultOf(toolName: string): unknown {
		const found = this.toolResults.reverse().find((r) => r.name === toolName);
		if (!found) throw new Error(`No result of tool ${toolName} in the conversation`);
		try {
			return JSON.parse(found.content);
		} catch {
			return found.content;
		}
	}
}

export const textOf = (message: ChatMessage) =>
	typeof message.content === 'string'
		? message.content
		: (message.content ?? []).map((part) => part.text ?? '').join('');

export type Script = (conversation: Conversation) => ScriptedReply;

export class ScriptedModel {
	/** Every chat-completions request received, in order. */
	readonly requests: ChatRequest[] = [];

	/** Anything else that reached the server (a path the fake does not play): a test should expect none. */
	readonly unexpected: string[] = [];

	private script: Script = () => ({ content: 'No script set.' });

	private callNumber = 0;

	private constructor(private readonly server: Server) {}

	/** Starts the server on a free loopback port. */
	static async start(script?: Script) {
		let model: ScriptedModel | undefined;
		const server = createServer((req, res) => void model!.handle(req, res));
		model = new ScriptedModel(server);
		if (script) model.setScript(script);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return model;
	}

	/** The base URL for the `openAiApi` credential (n8n appends `/chat/completions`). */
	get url() {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
	}

	setScript(script: Script) {
		this.script = script;
		return this;
	}

	reset() {
		this.requests.length = 0;
		this.unexpected.length = 0;
	}

	async close() {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const path = (req.url ?? '').split('?')[0];
		if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
			this.unexpected.push(`${req.method} ${req.url}`);
			return json(res, 404, { error: { message: `The scripted model plays only POST /v1/chat/completions, not ${req.method} ${path}`, type: 'invalid_request_error' } });
		}
		let request: ChatRequest;
		try {
			request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
		} catch {
			return json(res, 400, { error: { message: 'The body is not JSON', type: 'invalid_request_error' } });
		}
		this.requests.push(request);
		let reply: ScriptedReply;
		try {
			reply = this.script(new Conversation(request));
		} catch (error) {
			// A script that cannot answer fails the run with its reason, which the test then shows.
			return json(res, 500, { error: { message: `Scripted model: ${(error as Error).message}`, type: 'server_error' } });
		}
		const message = this.message(reply);
		const finishReason = 'toolCalls' in reply ? 'tool_calls' : 'stop';
		const base = { id: `chatcmpl-scripted-${this.callNumber}`, created: Math.floor(Date.now() / 1000), model: request.model };
		const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
		if (!request.stream) {
			return json(res, 200, { ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }], usage });
		}
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
		const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
		const chunk = (delta: object, finish: string | null) => ({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] });
		send(chunk({ role: 'assistant', content: message.content ?? '' }, null));
		if (message.tool_calls) {
			send(chunk({ tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }, null));
		}
		send(chunk({}, finishReason));
		if ((request.stream_options as { include_usage?: boolean } | undefined)?.include_usage) send({ ...base, object: 'chat.completion.chunk', choices: [], usage });
		res.end('data: [DONE]\n\n');
	}

	private message(reply: ScriptedReply) {
		this.callNumber++;
		if ('content' in reply) return { role: 'assistant' as const, content: reply.content, refusal: null };
		return {
			role: 'assistant' as const,
			content: null,
			refusal: null,
			tool_calls: reply.toolCalls.map((call, i) => ({
				id: `call_${this.callNumber}_${i}`,
				type: 'function' as const,
				function: { name: call.name, arguments: JSON.stringify(call.arguments) },
			})),
		};
	}
}

function json(res: ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
}
