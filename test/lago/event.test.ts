import type { ContractRequest, ContractServer } from '../contract/server';
import { byExternalId, lagoRunner, startLagoServer } from './lagoServer';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startLagoServer();
	run = lagoRunner(server, 'event');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What Lago answers for one received event: the event, with its own ID and an ISO timestamp. */
function received(event: Record<string, any>, n = 1) {
	return {
		lago_id: `5e905e90-5e90-5e90-5e90-${String(n).padStart(12, '0')}`,
		transaction_id: event.transaction_id,
		lago_customer_id: null,
		lago_subscription_id: null,
		external_subscription_id: event.external_subscription_id,
		code: event.code,
		timestamp: event.timestamp ? new Date(Number(event.timestamp) * 1000).toISOString() : '2026-08-01T00:00:00.000Z',
		properties: event.properties ?? {},
		created_at: '2026-08-01T00:00:00Z',
	};
}

const echoOne = ({ body }: ContractRequest) => ({ body: { event: received(body.event) } });
const echoBatch = ({ body }: ContractRequest) => ({ body: { events: body.events.map((e: Record<string, any>, i: number) => received(e, i)) } });

const eventParameters = (overrides: Record<string, unknown> = {}) => ({
	subscription: byExternalId('={{ $json.subscription }}'),
	billableMetric: { __rl: true, mode: 'code', value: 'storage' },
	transactionId: '={{ $json.tx }}',
	timestamp: '={{ $json.at }}',
	properties: '={{ $json.props }}',
	...overrides,
});

describe('Lago › Event › Send', () => {
	it('sends one event per item with its fields, and outputs what Lago recorded', async () => {
		server.on('createEvent', echoOne);
		const result = await run({
			operation: 'send',
			subscription: byExternalId('sub_1'),
			billableMetric: { __rl: true, mode: 'list', value: 'storage' },
			transactionId: 'tx_1',
			timestamp: '1651240791.123',
			properties: '{"gb": 10, "region": "eu"}',
			additionalFields: { preciseTotalAmountCents: '1234.56' },
		});
		expect(server.calls('createEvent')[0].body).toEqual({
			event: {
				transaction_id: 'tx_1',
				external_subscription_id: 'sub_1',
				code: 'storage',
				timestamp: '1651240791.123',
				properties: { gb: 10, region: 'eu' },
				precise_total_amount_cents: '1234.56',
			},
		});
		expect(result.items).toEqual([received(server.calls('createEvent')[0].body.event)]);
		expect(result.items[0].transaction_id).toBe('tx_1');
	});

	it('generates a transaction ID when none is given and shows it in the output', async () => {
		server.on('createEvent', echoOne);
		const result = await run({ operation: 'send', ...eventParameters() }, {
			input: [{ subscription: 'sub_1', tx: '', at: '', props: { gb: 1 } }, { subscription: 'sub_1', at: '', props: { gb: 2 } }],
		});
		const sent = server.calls('createEvent').map((r) => r.body.event);
		expect(sent.map((e) => e.transaction_id)).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
		expect(sent[0].transaction_id).not.toBe(sent[1].transaction_id);
		expect(sent[0]).not.toHaveProperty('timestamp');
		expect(result.items.map((i) => i.transaction_id)).toEqual(sent.map((e) => e.transaction_id));
	});

	it('converts an ISO date-time or milliseconds to Unix seconds', async () => {
		server.on('createEvent', echoOne);
		await run({ operation: 'send', ...eventParameters() }, {
			input: [
				{ subscription: 's', tx: 'a', at: '2026-08-01T12:00:00.250Z', props: {} },
				{ subscription: 's', tx: 'b', at: 1785585600250, props: {} },
				{ subscription: 's', tx: 'c', at: 1785585600, props: {} },
			],
		});
		expect(server.calls('createEvent').map((r) => r.body.event.timestamp)).toEqual(['1785585600.25', '1785585600.25', '1785585600']);
	});

	it('refuses properties that are not a JSON object before sending, naming the item', async () => {
		server.on('createEvent', echoOne);
		const result = await run({ operation: 'send', ...eventParameters() }, {
			input: [
				{ subscription: 's', tx: 'a', at: '', props: { gb: 1 } },
				{ subscription: 's', tx: 'b', at: '', props: '{"gb": ' },
			],
		});
		expect(result.error?.message).toMatch(/^Properties is not valid JSON: .* \(item 1\)$/);
		expect(server.calls('createEvent').map((r) => r.body.event.transaction_id)).toEqual(['a']);

		server.reset();
		const list = await run({ operation: 'send', ...eventParameters() }, { input: [{ subscription: 's', tx: 'c', at: '', props: [1, 2] }] });
		expect(list.error?.message).toBe('Properties must be a JSON object, like {"plan": "pro"} (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('refuses an event without a subscription or with a bad timestamp before sending', async () => {
		const noSubscription = await run({ operation: 'send', ...eventParameters() }, { input: [{ subscription: '', tx: 'a', at: '', props: {} }] });
		expect(noSubscription.error?.message).toBe('Subscription is required (item 0)');
		const badTime = await run({ operation: 'send', ...eventParameters() }, { input: [{ subscription: 's', tx: 'a', at: 'yesterday', props: {} }] });
		expect(badTime.error?.message).toBe('Timestamp is not a Unix timestamp or an ISO 8601 date-time: "yesterday" (item 0)');
		expect(server.requests).toEqual([]);
	});
});

describe('Lago › Event › Send Batch', () => {
	const items = (count: number) =>
		Array.from({ length: count }, (_, i) => ({ subscription: `sub_${i % 3}`, tx: `tx_${i}`, at: String(1785585600 + i), props: { gb: i } }));

	it('sends all input items in batches of 100 and outputs each item its own event', async () => {
		server.on('createBatchEvents', echoBatch);
		const result = await run({ operation: 'sendBatch', ...eventParameters() }, { input: items(250) });
		expect(result.error).toBeUndefined();
		const batches = server.calls('createBatchEvents').map((r) => r.body.events);
		expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
		expect(batches.flat().map((e: any) => e.transaction_id)).toEqual(items(250).map((i) => i.tx));
		expect(batches[2][49]).toEqual({
			transaction_id: 'tx_249',
			external_subscription_id: 'sub_0',
			code: 'storage',
			timestamp: String(1785585600 + 249),
			properties: { gb: 249 },
		});
		expect(server.calls('createEvent')).toEqual([]);
		expect(result.items.map((i) => i.transaction_id)).toEqual(items(250).map((i) => i.tx));
		expect(result.items[249]).toEqual(received(batches[2][49], 49));
		expect(result.rawItems.map((i) => i.pairedItem)).toEqual(items(250).map((_, i) => ({ item: i })));
	});

	it('honours a smaller batch size and generates the missing transaction IDs', async () => {
		server.on('createBatchEvents', echoBatch);
		const input = items(5).map((i) => ({ ...i, tx: '' }));
		const result = await run({ operation: 'sendBatch', ...eventParameters(), batchOptions: { batchSize: 2 } }, { input });
		const batches = server.calls('createBatchEvents').map((r) => r.body.events);
		expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
		const ids = batches.flat().map((e: any) => e.transaction_id);
		expect(ids).toEqual(Array(5).fill(expect.stringMatching(UUID)));
		expect(new Set(ids).size).toBe(5);
		expect(result.items.map((i) => i.transaction_id)).toEqual(ids);
	});

	it.each([
		['NaN', '={{ NaN }}', 'NaN'],
		['Infinity', '={{ Infinity }}', 'Infinity'],
		['negative', '={{ -5 }}', '-5'],
		['fractional', '={{ 2.5 }}', '2.5'],
		['above 100', '={{ 500 }}', '500'],
	])('refuses a %s batch size before sending, naming the field and the item', async (_case, batchSize, shown) => {
		server.on('createBatchEvents', echoBatch);
		const result = await run({ operation: 'sendBatch', ...eventParameters(), batchOptions: { batchSize } }, { input: items(3) });
		// The field's own number check (from its type options) or the batch's range check, whichever sees it first.
		expect(result.error?.message).toMatch(/^(Options › )?Batch Size must be /);
		expect(result.error?.message).toContain(`got ${shown}`);
		expect(result.error?.message).toMatch(/\(item 0\)$/);
		expect(server.requests).toEqual([]);
	});

	it('with Continue On Fail, reports a bad batch size on the items that gave it and sends the others', async () => {
		server.on('createBatchEvents', echoBatch);
		const input = items(3).map((i, n) => ({ ...i, size: n === 1 ? 'lots' : 2 }));
		const result = await run(
			{ operation: 'sendBatch', ...eventParameters(), batchOptions: { batchSize: '={{ $json.size }}' } },
			{ input, continueOnFail: true },
		);
		expect(server.calls('createBatchEvents').map((r) => r.body.events.map((e: any) => e.transaction_id))).toEqual([['tx_0', 'tx_2']]);
		expect(result.items.map((i) => i.transaction_id ?? i.error)).toEqual([
			'tx_0',
			'Options › Batch Size must be a number, got "lots" (item 1)',
			'tx_2',
		]);
	});

	it('sends a single item as a batch of one', async () => {
		server.on('createBatchEvents', echoBatch);
		const result = await run({ operation: 'sendBatch', ...eventParameters() }, { input: items(1) });
		expect(server.calls('createBatchEvents').map((r) => r.body.events.length)).toEqual([1]);
		expect(result.items).toHaveLength(1);
	});

	it('sends nothing when one item is invalid, and names that item', async () => {
		server.on('createBatchEvents', echoBatch);
		const input = items(150);
		input[120] = { ...input[120], props: 'not json' as never };
		const result = await run({ operation: 'sendBatch', ...eventParameters() }, { input });
		expect(result.error?.message).toMatch(/^Properties is not valid JSON: .* \(item 120\)$/);
		expect(server.requests).toEqual([]);
	});

	it('with Continue On Fail, sends the valid items and reports the invalid one on its own item', async () => {
		server.on('createBatchEvents', echoBatch);
		const input = items(4);
		input[1] = { ...input[1], subscription: '' };
		const result = await run({ operation: 'sendBatch', ...eventParameters() }, { input, continueOnFail: true });
		expect(server.calls('createBatchEvents').map((r) => r.body.events.map((e: any) => e.transaction_id))).toEqual([['tx_0', 'tx_2', 'tx_3']]);
		expect(result.items.map((i) => i.transaction_id ?? i.error)).toEqual(['tx_0', 'Subscription is required (item 1)', 'tx_2', 'tx_3']);
	});

	it('does not wait for an item whose expression failed under Continue On Fail', async () => {
		server.on('createBatchEvents', echoBatch);
		const input = items(3).map((i, n) => ({ ...i, broken: n === 1 }));
		const result = await run(
			{ operation: 'sendBatch', ...eventParameters({ billableMetric: { __rl: true, mode: 'code', value: '={{ $json.broken ? $json.nothing.code : "storage" }}' } }) },
			{ input, continueOnFail: true },
		);
		expect(server.calls('createBatchEvents').map((r) => r.body.events.map((e: any) => e.transaction_id))).toEqual([['tx_0', 'tx_2']]);
		expect(result.items.map((i) => i.transaction_id ?? 'error')).toEqual(['tx_0', 'error', 'tx_2']);
		expect(result.rawItems[1].error).toBeDefined();
	});

	it('turns a 422 on a batch into an error naming the events and their items', async () => {
		server.on('createBatchEvents', ({ body }) =>
			body.events[0].transaction_id === 'tx_100'
				? {
						status: 422,
						body: {
							status: 422,
							error: 'Unprocessable Entity',
							code: 'validation_errors',
							error_details: { '3': { transaction_id: ['value_already_exist'] }, '7': { code: ['value_is_mandatory'] } },
						},
					}
				: echoBatch({ body } as ContractRequest),
		);
		const result = await run({ operation: 'sendBatch', ...eventParameters() }, { input: items(150) });
		expect(result.error?.message).toBe(
			'Lago refused the data: event 3 (item 103) › transaction_id: value already exist; event 7 (item 107) › code: value is mandatory',
		);
		expect(result.error?.httpCode).toBe('422');
		expect(server.calls('createBatchEvents')).toHaveLength(2);
	});

	it('resends the same batch, with the same transaction IDs, after a 429', async () => {
		let attempts = 0;
		server.on('createBatchEvents', (request) =>
			++attempts === 1
				? { status: 429, headers: { 'x-ratelimit-reset': '0' }, body: { status: 429, error: 'Too Many Requests' } }
				: echoBatch(request),
		);
		const input = items(3).map((i) => ({ ...i, tx: '' }));
		const result = await run({ operation: 'sendBatch', ...eventParameters() }, { input });
		const [first, second] = server.calls('createBatchEvents').map((r) => r.rawBody);
		expect(second).toBe(first);
		expect(result.items.map((i) => i.transaction_id)).toEqual(JSON.parse(first).events.map((e: any) => e.transaction_id));
	});
});
