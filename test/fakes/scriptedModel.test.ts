/**
 * The scripted model speaks the chat-completions protocol as OpenAI's clients read it: a JSON completion, or with
 * `stream: true` server-sent chunks whose deltas add up to the same message. test/e2e/agent.e2e.ts uses it behind
 * n8n's OpenAI Chat Model node.
 */
import { ScriptedModel, type ChatMessage } from './scriptedModel';

let model: ScriptedModel;
beforeAll(async () => {
	model = await ScriptedModel.start(({ turn, prompt, toolResults }) =>
		turn === 0
			? { toolCalls: [{ name: 'Get_a_customer_in_Dub', arguments: { externalId: prompt.split(' ').pop() } }] }
			: { content: `Found: ${toolResults.map((r) => `${r.name} → ${r.content}`).join('; ')}` },
	);
});
afterAll(async () => await model.close());
beforeEach(() => model.reset());

const post = async (body: object, path = '/chat/completions') =>
	await fetch(`${model.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const user: ChatMessage = { role: 'user', content: 'Look up user_7' };

describe('ScriptedModel', () => {
	it('answers with the scripted tool call as a chat completion, and records the request', async () => {
		const response = await post({ model: 'scripted', messages: [user], tools: [] });
		const body = (await response.json()) as any;

		expect(response.status).toBe(200);
		expect(body.object).toBe('chat.completion');
		expect(body.choices).toEqual([
			{
				index: 0,
				finish_reason: 'tool_calls',
				logprobs: null,
				message: {
					role: 'assistant',
					content: null,
					refusal: null,
					tool_calls: [{ id: expect.any(String), type: 'function', function: { name: 'Get_a_customer_in_Dub', arguments: '{"externalId":"user_7"}' } }],
				},
			},
		]);
		expect(model.requests).toEqual([{ model: 'scripted', messages: [user], tools: [] }]);
	});

	it('reads the tool results of the conversation and answers with text', async () => {
		const call = { id: 'call_1', type: 'function' as const, function: { name: 'Get_a_customer_in_Dub', arguments: '{}' } };
		const response = await post({
			model: 'scripted',
			messages: [user, { role: 'assistant', content: null, tool_calls: [call] }, { role: 'tool', tool_call_id: 'call_1', content: '[{"id":"cus_7"}]' }],
		});
		const body = (await response.json()) as any;

		expect(body.choices[0]).toMatchObject({ finish_reason: 'stop', message: { role: 'assistant', content: 'Found: Get_a_customer_in_Dub → [{"id":"cus_7"}]' } });
	});

	it('streams the same answer as server-sent chunks when asked to', async () => {
		const response = await post({ model: 'scripted', messages: [user], stream: true, stream_options: { include_usage: true } });
		const events = (await response.text())
			.split('\n\n')
			.filter(Boolean)
			.map((event) => event.replace(/^data: /, ''));

		expect(response.headers.get('content-type')).toBe('text/event-stream');
		expect(events.at(-1)).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
		const deltas = chunks.flatMap((chunk) => chunk.choices.map((choice: { delta: object }) => choice.delta));
		expect(deltas.flatMap((delta) => delta.tool_calls ?? [])).toEqual([
			{ index: 0, id: expect.any(String), type: 'function', function: { name: 'Get_a_customer_in_Dub', arguments: '{"externalId":"user_7"}' } },
		]);
		expect(chunks.flatMap((chunk) => chunk.choices.map((c: { finish_reason: string | null }) => c.finish_reason)).filter(Boolean)).toEqual(['tool_calls']);
		expect(chunks.at(-1).usage).toEqual({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
	});

	it('refuses what it does not play, and says why when the script cannot answer', async () => {
		const other = await post({}, '/responses');
		expect(other.status).toBe(404);
		expect(model.unexpected).toEqual(['POST /v1/responses']);

		model.setScript(() => {
			throw new Error('no script for this prompt');
		});
		const failed = await post({ model: 'scripted', messages: [user] });
		expect(failed.status).toBe(500);
		expect(((await failed.json()) as any).error.message).toBe('Scripted model: no script for this prompt');
	});
});
