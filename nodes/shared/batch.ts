import { sleep, type DeclarativeRestApiSettings, type IExecutePaginationFunctions, type IHttpRequestOptions, type INodeExecutionData } from 'n8n-workflow';

import type { RequestRunner, ServiceClient } from './client';
import { invalidField } from './validation';

type RoutingRequest = DeclarativeRestApiSettings.ResultOptions;

/** How a vendor's bulk endpoint gathers the items of a node run. `Member` is one item's part of a chunk. */
export interface BatchOptions<Member> {
	/** The client that sends a chunk, given the input item of each member in order, so its errors can name items. */
	client(itemIndexes: number[]): ServiceClient;
	/** One item's part of the batch, from the request routing built for it (after its preSend: path and checks). */
	member(request: IHttpRequestOptions): Member;
	/** A chunk's request, over the first item's (method and URL come from the operation): usually its body. */
	chunkRequest(members: Member[]): Partial<IHttpRequestOptions>;
	/**
	 * Each member's output, in order, from the items routing made of the chunk's answer. An Error fails that
	 * member's item alone (continue on fail reports it on that item).
	 */
	split(answer: INodeExecutionData[], members: Member[]): Array<INodeExecutionData[] | Error>;
	/** The node parameter holding the chunk size, its name in the editor, and the largest chunk the API takes. */
	size: { parameter: string; label: string; max: number };
}

interface Entry<Member> {
	itemIndex: number;
	ctx: IExecutePaginationFunctions;
	requestData: RoutingRequest;
	member?: Member;
	size?: number;
	error?: Error;
	settled: boolean;
	resolve: (items: INodeExecutionData[]) => void;
	reject: (error: Error) => void;
}

interface Gathering<Member> {
	expected: number;
	entries: Array<Entry<Member>>;
	started: boolean;
}

/**
 * Outputs paired with the item they came from. n8n pairs outputs with inputs by itself only when both are as many;
 * a member whose answer is several items (the fees of one event) would otherwise lose its pairing.
 */
function pairedWith(itemIndex: number, outputs: INodeExecutionData[] | Error): INodeExecutionData[] | Error {
	if (outputs instanceof Error) return outputs;
	return outputs.map((output) => (output.pairedItem === undefined ? { ...output, pairedItem: { item: itemIndex } } : output));
}

/** The chunk size an item asks for: a whole number from 1 to `max`; anything else names the field and the item. */
function chunkSize(ctx: IExecutePaginationFunctions, size: BatchOptions<unknown>['size']): number {
	const value = ctx.getNodeParameter(size.parameter, size.max) as unknown;
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > size.max) {
		const shown = typeof value === 'string' ? `"${value}"` : String(value);
		throw invalidField(ctx, size.label, `must be a whole number from 1 to ${size.max}, got ${shown}`);
	}
	return number;
}

/**
 * A runner for a vendor's bulk endpoint. Declarative routing builds and sends one request per input item; this
 * runner, which replaces the HTTP call, takes each item's part of its request (so expressions, defaults, checks
 * and their errors stay per item), gathers the parts of every item of the node run, and sends one request per
 * chunk. Each item then gets its own part of the answer back, so outputs stay paired with inputs and continue on
 * fail works per item.
 *
 * Routing starts every item's request before awaiting any, so all items normally reach the gathering together.
 * Items that never arrive (an expression or a check that failed) cannot stall it: it also sends after one turn of
 * the event loop. Without continue on fail, an item that failed or never arrived means nothing is sent at all.
 */
export function batchRunner<Member>(options: BatchOptions<Member>): RequestRunner {
	const gatherings = new WeakMap<object, Gathering<Member>>();

	const settle = (entry: Entry<Member>, outcome: INodeExecutionData[] | Error) => {
		if (entry.settled) return;
		entry.settled = true;
		if (outcome instanceof Error) entry.reject(outcome);
		else entry.resolve(outcome);
	};

	async function sendAll(gathering: Gathering<Member>) {
		const entries = [...gathering.entries].sort((a, b) => a.itemIndex - b.itemIndex);
		const stopOnError = !entries[0].ctx.continueOnFail();
		for (const entry of entries) if (entry.error) settle(entry, entry.error);
		const valid = entries.filter((entry) => !entry.error);
		// The node fails on the invalid or missing item; the valid ones yield nothing, and nothing leaves.
		if (stopOnError && (valid.length < entries.length || entries.length < gathering.expected)) {
			return valid.forEach((entry) => settle(entry, []));
		}
		if (!valid.length) return;

		const size = valid[0].size as number;
		let failed = false;
		for (let start = 0; start < valid.length; start += size) {
			const chunk = valid.slice(start, start + size);
			if (failed && stopOnError) {
				chunk.forEach((entry) => settle(entry, []));
				continue;
			}
			const [leader] = chunk;
			const members = chunk.map((entry) => entry.member as Member);
			const client = options.client(chunk.map((entry) => entry.itemIndex));
			try {
				const answer = await client.send.call(leader.ctx, {
					...leader.requestData,
					options: { ...leader.requestData.options, ...options.chunkRequest(members) },
				});
				const outputs = options.split(answer, members);
				chunk.forEach((entry, index) => settle(entry, pairedWith(entry.itemIndex, outputs[index] ?? [])));
			} catch (error) {
				failed = true;
				chunk.forEach((entry) => settle(entry, error as Error));
			}
		}
	}

	function start(key: object, gathering: Gathering<Member>) {
		if (gathering.started) return;
		gathering.started = true;
		// Items still to come form a gathering of their own.
		if (gatherings.get(key) === gathering) gatherings.delete(key);
		void sendAll(gathering)
			.catch((error: Error) => gathering.entries.forEach((entry) => settle(entry, error)))
			// Nothing may wait forever, whatever a split returned.
			.finally(() => gathering.entries.forEach((entry) => settle(entry, [])));
	}

	return async function (requestData) {
		const executeData = this.getExecuteData() as { data?: { main?: unknown[][] } } | undefined;
		const key = executeData?.data ?? {};
		const expected = executeData?.data?.main?.[0]?.length ?? 1;
		let gathering = gatherings.get(key);
		if (!gathering) {
			gathering = { expected, entries: [], started: false };
			gatherings.set(key, gathering);
			const first = gathering;
			void sleep(0).then(() => start(key, first));
		}

		const done = new Promise<INodeExecutionData[]>((resolve, reject) => {
			const entry: Entry<Member> = { itemIndex: this.getItemIndex(), ctx: this, requestData, settled: false, resolve, reject };
			try {
				entry.size = chunkSize(this, options.size);
				entry.member = options.member(requestData.options as IHttpRequestOptions);
			} catch (error) {
				entry.error = error as Error;
			}
			gathering.entries.push(entry);
		});
		if (gathering.entries.length >= gathering.expected) start(key, gathering);
		return await done;
	};
}
