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

const humanize = (code: string) => code.replace(/_/g, ' ');

function capitalized(text: string) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `{"email": ["invalid_format"]}` → `email: invalid format`; nested objects (batch events) keep their path. */
function fieldErrors(details: unknown, describeKey: (key: string, depth: number) => string, depth = 0): string[] {
	if (!details || typeof details !== 'object') return [];
	return Object.entries(details as IDataObject).flatMap(([key, value]) => {
		const label = describeKey(key, depth);
		if (Array.isArray(value)) return [`${label}: ${value.map((v) => humanize(String(v))).join(', ')}`];
		if (value && typeof value === 'object') {
			return fieldErrors(value, describeKey, depth + 1).map((line) => `${label} › ${line}`);
		}
		return [`${label}: ${humanize(String(value))}`];
	});
}

/**
 * Lago's envelopes: `{status, error}` (400, 401), plus `code` (403, 404, 405), plus `error_details` (422).
 * `itemOfEvent` maps the index of an event in a batch to the input item it came from, so a batch's field errors
 * name items, not positions in the request.
 */
export function parseLagoError(body: unknown, status: number, itemOfEvent?: (index: number) => number | undefined) {
	const envelope = body as { error?: unknown; code?: unknown; error_details?: unknown } | undefined;
	if (!envelope || typeof envelope !== 'object' || typeof envelope.error !== 'string') {
		if (status === 404) {
			return {
				message: 'Lago answered 404 without its usual error body',
				description: 'For a self-hosted Lago, check the API URL in the credential: it should end in /api/v1.',
			};
		}
		return undefined;
	}
	const code = typeof envelope.code === 'string' ? envelope.code : undefined;

	if (status === 404 && code?.endsWith('_not_found')) {
		const resource = humanize(code.slice(0, -'_not_found'.length));
		return {
			message: `${capitalized(resource)} not found`,
			description: `Lago has no ${resource} with this ID in the organization of the API key. Check the ID, and that the credential points at the right region.`,
		};
	}

	if (status === 422) {
		const describeKey = (key: string, depth: number) => {
			if (depth > 0 || !/^\d+$/.test(key) || !itemOfEvent) return key;
			const item = itemOfEvent(Number(key));
			return item === undefined ? `event ${key}` : `event ${key} (item ${item})`;
		};
		const lines = fieldErrors(envelope.error_details, describeKey);
		if (lines.length) {
			return {
				message: `Lago refused the data: ${lines.join('; ')}`,
				description: ['Field by field:', ...lines.map((line) => `• ${line}`)].join('\n'),
			};
		}
		return { message: `Lago refused the request: ${code ? humanize(code) : envelope.error}` };
	}

	const hints: Record<number, string> = {
		401: 'Check the API key in the Lago credential, and that its region (US, EU or your own URL) is the one the key belongs to.',
		403: code === 'feature_unavailable'
			? 'This feature is not part of the Lago plan of the organization.'
			: 'The API key is not allowed to do this.',
		405: 'Lago does not allow this action on the object in its current state.',
		429: 'Lago kept answering "too many requests" after the node waited for the rate limit to reset.',
	};
	return {
		message: code ? `${envelope.error}: ${humanize(code)}` : envelope.error,
		description: hints[status],
	};
}

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
