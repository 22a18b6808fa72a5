import {
	sleep,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { createTransport, type PageWalk, type RequestRunner, type ServiceTransport } from '../shared/pagination';
import { invalidField, type RequestCheck } from '../shared/validation';

import { parseLagoError } from './client';

export const lagoService: ServiceTransport = {
	vendor: 'Lago',
	parseError: parseLagoError,
	rateLimit: {
		maxRetries: 3,
		// Lago Cloud sends the seconds left until the window resets; a self-hosted Lago sends no rate-limit headers.
		resetHeaders: ['x-ratelimit-reset', 'retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
};

export const lagoTransport = createTransport(lagoService);

/**
 * Lago lists: `page`/`per_page`, records under a root property named after the resource, and `meta.next_page`
 * that is null on the last page.
 */
export function lagoPageWalk(rootProperty: string): PageWalk {
	return {
		maxPageSize: 100,
		pageSizeParameter: 'per_page',
		firstPage: { page: 1 },
		records: (page) =>
			page.flatMap((item) => {
				const records = item.json[rootProperty];
				return Array.isArray(records) ? records.map((json) => ({ json: json as IDataObject })) : [];
			}),
		nextPage: ({ page }) => {
			const next = (page[0]?.json.meta as IDataObject | undefined)?.next_page;
			return typeof next === 'number' ? { page: next } : undefined;
		},
	};
}

export const lagoPages = (rootProperty: string) => lagoTransport.paginate(lagoPageWalk(rootProperty));

/** Lago answers `{"customer": {...}}`: the item is the object inside. */
export const unwrap = (property: string) => ({
	postReceive: [{ type: 'rootProperty' as const, properties: { property } }],
});

/**
 * Builds the request path from resource locators: `/customers/{customer}/applied_coupons/{appliedCoupon}` reads the
 * `customer` and `appliedCoupon` parameters. An empty locator is refused before sending, so no request can fall
 * back on a list or collection path.
 */
export function pathFrom(template: string, labels: Record<string, string>) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		request.url = template.replace(/\{(\w+)\}/g, (_match, parameter: string) => {
			const value = String(this.getNodeParameter(parameter, '', { extractValue: true }) ?? '').trim();
			if (!value) throw invalidField(this, labels[parameter] ?? parameter, 'is required');
			return encodeURIComponent(value);
		});
		return request;
	};
}

type RoutingRequest = DeclarativeRestApiSettings.ResultOptions;

interface BatchEntry {
	itemIndex: number;
	ctx: IExecutePaginationFunctions;
	requestData: RoutingRequest;
	event?: IDataObject;
	error?: Error;
	resolve: (items: INodeExecutionData[]) => void;
	reject: (error: Error) => void;
}

interface Gathering {
	expected: number;
	entries: BatchEntry[];
	started: boolean;
}

const gatherings = new WeakMap<object, Gathering>();

/**
 * Send Batch: declarative routing builds and sends one request per input item, but Lago takes up to 100 events
 * per `POST /events/batch`. Each item's routing still builds its own event (so expressions, defaults and errors
 * stay per item); this runner, which replaces the HTTP call, hands the event to a gathering shared by all items
 * of the node run, and the gathering sends one request per chunk of events. Each item then gets its own event
 * back from Lago's answer, so outputs stay paired with inputs and "continue on fail" works per item.
 *
 * Routing starts every item's request before awaiting any, so all items normally reach the gathering together;
 * items that never arrive (an expression that failed under "continue on fail") cannot stall it, because it also
 * sends after one turn of the event loop. Invalid events are refused before anything is sent: with "continue on
 * fail" off, nothing is sent at all.
 */
export function eventBatches(options: {
	/** Run on each event, as the body of a request: they may refuse it or complete it. */
	checks: RequestCheck[];
	batchSize: (this: IExecuteSingleFunctions) => number;
}): RequestRunner {
	async function sendAll(gathering: Gathering) {
		const entries = [...gathering.entries].sort((a, b) => a.itemIndex - b.itemIndex);
		const stopOnError = !entries[0].ctx.continueOnFail();
		for (const entry of entries) if (entry.error) entry.reject(entry.error);
		const valid = entries.filter((entry) => !entry.error);
		// The node fails on the invalid item; the valid ones yield nothing, and no event leaves.
		if (stopOnError && valid.length < entries.length) return valid.forEach((entry) => entry.resolve([]));

		const size = valid.length ? Math.max(1, Math.min(100, options.batchSize.call(valid[0].ctx))) : 1;
		let failed = false;
		for (let start = 0; start < valid.length; start += size) {
			const chunk = valid.slice(start, start + size);
			if (failed && stopOnError) {
				chunk.forEach((entry) => entry.resolve([]));
				continue;
			}
			const [leader] = chunk;
			const transport = createTransport({
				...lagoService,
				parseError: (body, status) => parseLagoError(body, status, (index) => chunk[index]?.itemIndex),
			});
			try {
				const response = await transport.send.call(leader.ctx, {
					...leader.requestData,
					options: {
						...leader.requestData.options,
						method: 'POST',
						url: '/events/batch',
						body: { events: chunk.map((entry) => entry.event as IDataObject) },
					},
				});
				const events = (response[0]?.json.events ?? []) as IDataObject[];
				chunk.forEach((entry, index) => entry.resolve([{ json: events[index] ?? (entry.event as IDataObject) }]));
			} catch (error) {
				failed = true;
				chunk.forEach((entry) => entry.reject(error as Error));
			}
		}
	}

	function start(key: object, gathering: Gathering) {
		if (gathering.started) return;
		gathering.started = true;
		// Items still to come form a gathering of their own.
		if (gatherings.get(key) === gathering) gatherings.delete(key);
		void sendAll(gathering).catch((error: Error) => {
			for (const entry of gathering.entries) entry.reject(error);
		});
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
			const entry: BatchEntry = { itemIndex: this.getItemIndex(), ctx: this, requestData, resolve, reject };
			try {
				const body = (requestData.options.body ?? {}) as IDataObject;
				const event = (body.event ?? {}) as IDataObject;
				for (const check of options.checks) check.call(this, { ...requestData.options, body: event } as IHttpRequestOptions);
				entry.event = event;
			} catch (error) {
				entry.error = error as Error;
			}
			gathering.entries.push(entry);
		});
		if (gathering.entries.length >= gathering.expected) start(key, gathering);
		return await done;
	};
}
