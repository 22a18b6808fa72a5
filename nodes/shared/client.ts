import {
	NodeApiError,
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type PostReceiveAction,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IHookFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type INodeExecutionData,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { httpResponseOf, toVendorApiError, unexpectedAnswer, type ErrorEnvelopeParser } from './errors';
import { limiterClock, limiterFor } from './limiter';
import type { RateLimitPolicy } from './rateLimit';
import { numberProblem } from './validation';

type RoutingRequest = DeclarativeRestApiSettings.ResultOptions;

/** Runs one operation's request(s) inside declarative routing: `routing.operations.pagination`. */
export type RequestRunner = (this: IExecutePaginationFunctions, requestData: RoutingRequest) => Promise<INodeExecutionData[]>;

/** A context outside routing that sends requests: webhook lifecycles and deliveries, list searches. */
export type ClientContext = IHookFunctions | IWebhookFunctions | ILoadOptionsFunctions;

/** Every walk stops after this many pages: 100,000 records at the vendors' usual 100 a page, below the size at
 * which n8n's routing engine overflows its stack when it appends a node's results. */
export const MAX_PAGES = 1000;

/** Requests without their own timeout end after this long. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The bounds of every network call of the package, read at each request (tests shorten them): requests of the
 * service clients (routing, list searches, trigger lifecycles, key fetches) and Notihub's token exchange.
 */
export const timeouts = { requestMs: DEFAULT_TIMEOUT_MS, tokenExchangeMs: 30_000 };

/** What n8n's routing engine sets when a node has no Timeout option of its own: five minutes. */
const ROUTING_ENGINE_DEFAULT_TIMEOUT_MS = 300_000;

type Observer = (answer: { status?: number; headers: Record<string, unknown> }) => void;

/** How one API walks through a list. */
export interface PageWalk {
	/** The largest page the API serves. */
	maxPageSize: number;
	/** The query parameter that carries the page size. */
	pageSizeParameter: string;
	/** Query parameters that select the first page. */
	firstPage: IDataObject;
	/** The records on a page, from the items that routing's postReceive made of the response; the items by default. */
	records?(page: INodeExecutionData[]): INodeExecutionData[];
	/** Query parameters that select the page after `current`, or undefined when the list is exhausted. */
	nextPage(context: { page: INodeExecutionData[]; records: INodeExecutionData[]; current: IDataObject; pageSize: number }): IDataObject | undefined;
}

/** Dub style: `startingAfter=<id of the last record>`; a short page is the last one. */
export function cursorWalk(options: { cursorParameter: string; pageSizeParameter: string; maxPageSize: number; cursorField?: string }): PageWalk {
	const field = options.cursorField ?? 'id';
	return {
		maxPageSize: options.maxPageSize,
		pageSizeParameter: options.pageSizeParameter,
		firstPage: {},
		nextPage: ({ records, pageSize }) => {
			if (records.length < pageSize) return undefined;
			const cursor = records[records.length - 1].json[field];
			if (cursor === undefined || cursor === null) return undefined;
			return { [options.cursorParameter]: cursor };
		},
	};
}

/** A page number with a page size; a short page is the last one. Pages count from 1 unless `firstPage` says 0. */
export function pageNumberWalk(options: {
	pageParameter: string;
	pageSizeParameter: string;
	maxPageSize: number;
	firstPage?: number;
}): PageWalk {
	return {
		maxPageSize: options.maxPageSize,
		pageSizeParameter: options.pageSizeParameter,
		firstPage: { [options.pageParameter]: options.firstPage ?? 1 },
		nextPage: ({ records, pageSize, current }) =>
			records.length < pageSize ? undefined : { [options.pageParameter]: Number(current[options.pageParameter]) + 1 },
	};
}

export interface ServiceClientConfig {
	/** The vendor's name, as errors show it. */
	vendor: string;
	/** The n8n credential type every request authenticates with. */
	credentialType: string;
	rateLimit: RateLimitPolicy;
	parseError: ErrorEnvelopeParser;
	timeoutMs?: number;
}

const readable = (query: IDataObject) =>
	Object.entries(query)
		.map(([key, value]) => `${key}=${String(value)}`)
		.join('&');

const signature = (query: IDataObject) => JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));

/**
 * One vendor's client, used from every context: declarative routing (through `send` and `paginate`, hooked in by the
 * operation builder), list searches, trigger lifecycles and deliveries. It owns the timeout, the 429 retries, the
 * vendor's error envelope and the page walks. Authentication and the base URL come from the credential's
 * `authenticate`, which n8n applies to every request of every context, the credential test included.
 */
export function createServiceClient(config: ServiceClientConfig) {
	const timeoutMs = () => config.timeoutMs ?? timeouts.requestMs;

	const toError = (ctx: { getNode: ClientContext['getNode'] }, itemIndex?: number) => (error: unknown) =>
		toVendorApiError(ctx.getNode(), error, config.parseError, config.vendor, itemIndex);

	/**
	 * A vendor may echo what it was sent (an API key in a 401's message): the credential's values are masked in
	 * every error before it leaves the client.
	 */
	async function masked(ctx: { getCredentials: ClientContext['getCredentials'] }, error: Error): Promise<Error> {
		let secrets: string[] = [];
		try {
			const credentials = await ctx.getCredentials(config.credentialType);
			secrets = Object.values(credentials ?? {}).filter(
				(value): value is string => typeof value === 'string' && value.length >= 8 && !/^https?:\/\//i.test(value),
			);
		} catch {
			return error;
		}
		return maskSecrets(error, secrets);
	}

	/** The limiter of the credential the context uses: one per credential, shared by all its executions. */
	function limiterOf(ctx: { getNode: ClientContext['getNode'] }) {
		const id = ctx.getNode().credentials?.[config.credentialType]?.id ?? 'default';
		return limiterFor(`${config.credentialType}:${id}`, config.rateLimit);
	}

	/**
	 * Sends through the credential's limiter; a 429 is sent again after the wait the vendor asked for (at most
	 * `maxRetries` times), or, when the vendor said nothing, with growing waits until it accepts (at most `maxWaitMs`).
	 */
	async function limited<T>(
		ctx: { getNode: ClientContext['getNode']; getCredentials: ClientContext['getCredentials'] },
		send: (observe: Observer) => Promise<T>,
		fail: (error: unknown) => Error,
	): Promise<T> {
		const limiter = limiterOf(ctx);
		const policy = config.rateLimit;
		let first429At: number | undefined;
		// 429s that started a wait; one answered to a request sent before the last wait ended is not held against it.
		let refusals = 0;
		for (;;) {
			const sentAt = await limiter.acquire();
			let answer: { status?: number; headers?: Record<string, unknown> } = {};
			let result: T;
			try {
				result = await send((seen) => (answer = seen));
			} catch (error) {
				const response = httpResponseOf(error);
				const { announcedWaitMs, stale } = limiter.release(response ? { status: response.status, headers: response.headers } : answer, sentAt);
				if (response?.status !== 429) throw await masked(ctx, fail(error));
				const now = limiterClock().now();
				first429At ??= now;
				if (stale) continue;
				const giveUp =
					announcedWaitMs !== undefined
						? refusals >= policy.maxRetries || announcedWaitMs > policy.maxWaitMs
						: refusals >= policy.maxRetries && now - first429At >= policy.maxWaitMs;
				refusals++;
				if (giveUp) throw await masked(ctx, fail(error));
				continue;
			}
			limiter.release({ status: answer.status ?? 200, headers: answer.headers }, sentAt);
			return result;
		}
	}

	/**
	 * Routing hands postReceive the full answer: this first action reports its headers to the limiter and refuses
	 * an answer that is not JSON (an HTML page, JSON cut off), which routing would otherwise pass on as a string.
	 */
	const observers = new WeakMap<RoutingRequest, { observe: Observer; method: string }>();
	function watchAnswers(requestData: RoutingRequest) {
		if (observers.has(requestData)) return;
		const splitArrays = requestData.postReceive.length === 0;
		const watch: PostReceiveAction = async function (this: IExecuteSingleFunctions, items, response) {
			// The request under way: its method decides whether an empty answer is acceptable (a read before an update).
			const current = observers.get(requestData);
			current?.observe({ status: response.statusCode, headers: response.headers ?? {} });
			// A file was asked for (a QR code image, a PDF): its bytes are the answer, not JSON.
			if (requestData.options.encoding === 'arraybuffer') return items;
			const method = current?.method ?? 'GET';
			const original = response.body;
			const body = checkedBody(this, original, response.headers ?? {}, response.statusCode, method, this.getItemIndex());
			response.body = body as IN8nHttpFullResponse['body'];
			// Without other postReceive actions routing makes one item per array element; so does this action then.
			if (splitArrays) return Array.isArray(body) ? (body as IDataObject[]).map((json) => ({ json })) : [{ json: body as IDataObject }];
			return body === original ? items : [{ json: body as IDataObject }];
		};
		requestData.postReceive.unshift({ data: { parameterValue: undefined }, actions: [watch] });
		observers.set(requestData, { observe: () => {}, method: 'GET' });
	}

	/** The answer's body as JSON; an empty answer is `{}` except where a record was asked for (GET). */
	function checkedBody(
		ctx: { getNode: ClientContext['getNode'] },
		body: unknown,
		headers: Record<string, unknown>,
		status: number | undefined,
		method: string,
		itemIndex?: number,
	): unknown {
		if (Buffer.isBuffer(body)) body = body.toString('utf8');
		if (body === undefined || body === null || (typeof body === 'string' && body.trim() === '')) {
			if (method === 'GET' && status !== 204) {
				throw unexpectedAnswer(ctx.getNode(), config.vendor, { status, contentType: contentType(headers), body: '' }, itemIndex);
			}
			return {};
		}
		if (typeof body === 'string') {
			throw unexpectedAnswer(ctx.getNode(), config.vendor, { status, contentType: contentType(headers), body }, itemIndex);
		}
		return body;
	}

	const timeoutOf = (given: number | undefined) =>
		given === undefined || given === ROUTING_ENGINE_DEFAULT_TIMEOUT_MS ? timeoutMs() : given;

	/**
	 * One request of an operation through routing. `overrides` change this request's options only (a page's query,
	 * the read before an update); routing still applies the operation's postReceive, which the watch action leads.
	 */
	async function routed(ctx: IExecutePaginationFunctions, requestData: RoutingRequest, overrides: Partial<IHttpRequestOptions> = {}) {
		const options = { ...requestData.options, ...overrides, timeout: timeoutOf(requestData.options.timeout) };
		watchAnswers(requestData);
		return await limited(
			ctx,
			async (observe) => {
				observers.set(requestData, { observe, method: String(options.method ?? 'GET').toUpperCase() });
				return await ctx.makeRoutingRequest({ ...requestData, options });
			},
			toError(ctx, ctx.getItemIndex()),
		);
	}

	/** Runner for operations that send one request. */
	const send: RequestRunner = async function (requestData) {
		return await routed(this, requestData);
	};

	/**
	 * Runner for lists: walks pages until the walk ends, Limit is reached or MAX_PAGES pages were read. A walk that
	 * does not advance (the same page asked for twice, or the same records served again) stops with an error.
	 */
	function paginate(walk: PageWalk): RequestRunner {
		return async function (requestData) {
			const returnAll = this.getNodeParameter('returnAll', false) as boolean;
			const limit = returnAll ? Infinity : limitOf(this);
			// One page size for the whole walk: page-number APIs would skip records if it changed between pages.
			const pageSize = Math.min(walk.maxPageSize, limit);
			const results: INodeExecutionData[] = [];
			const asked = new Set<string>();
			let previousFirst: string | undefined;
			let current: IDataObject | undefined = walk.firstPage;
			for (let pages = 0; current; pages++) {
				if (pages >= MAX_PAGES) {
					throw new NodeApiError(this.getNode(), {}, {
						message: `Stopped after ${MAX_PAGES} pages of ${config.vendor} results`,
						description: 'Narrow the list with filters, or turn off Return All and set a Limit.',
						itemIndex: this.getItemIndex(),
					});
				}
				const key = signature(current);
				if (asked.has(key)) throw notAdvancing(this, `pointed again to a page already read (${readable(current)})`);
				asked.add(key);
				const page = await routed(this, requestData, { qs: { ...requestData.options.qs, ...current, [walk.pageSizeParameter]: pageSize } });
				const records = walk.records ? walk.records(page) : page;
				const first = records.length ? JSON.stringify(records[0].json) : undefined;
				if (first !== undefined && first === previousFirst) throw notAdvancing(this, 'served the same records again for the next page');
				previousFirst = first;
				for (const record of records) {
					if (results.length >= limit) return results;
					results.push(record);
				}
				if (results.length >= limit) return results;
				current = walk.nextPage({ page, records, current, pageSize });
			}
			return results;
		};
	}

	function limitOf(ctx: IExecutePaginationFunctions): number {
		const value = ctx.getNodeParameter('limit', 50) as unknown;
		const problem = numberProblem(value, { min: 1, integer: true });
		if (problem) {
			throw new NodeOperationError(ctx.getNode(), `Limit ${problem} (item ${ctx.getItemIndex()})`, {
				itemIndex: ctx.getItemIndex(),
				description: 'Limit is how many records to return: a whole number of at least 1. Or turn on Return All.',
			});
		}
		return Number(value);
	}

	function notAdvancing(ctx: IExecutePaginationFunctions, what: string) {
		return new NodeApiError(ctx.getNode(), {}, {
			message: `${config.vendor}'s list did not advance: it ${what}`,
			description: 'The node stopped instead of reading the same records forever. Try again later, or narrow the list.',
			itemIndex: ctx.getItemIndex(),
		});
	}

	/** One authenticated request outside routing, with the same timeout, rate limit, answer checks and vendor errors. */
	async function request<T = unknown>(ctx: ClientContext, options: IHttpRequestOptions): Promise<T> {
		const method = String(options.method ?? 'GET').toUpperCase();
		return await limited(
			ctx,
			async (observe) => {
				const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, config.credentialType, {
					json: true,
					...options,
					timeout: options.timeout ?? timeoutMs(),
					returnFullResponse: true,
					headers: { Accept: 'application/json', ...options.headers },
				})) as IN8nHttpFullResponse;
				observe({ status: response.statusCode, headers: response.headers ?? {} });
				const body = checkedBody(ctx, response.body, response.headers ?? {}, response.statusCode, method);
				return (options.returnFullResponse ? { ...response, body } : body) as T;
			},
			toError(ctx),
		);
	}

	/**
	 * `request` for callers that handle some failures themselves (a 404 on delete means "already gone"): a failure
	 * with one of the `tolerate` statuses resolves to `{ ok: false, status, error }`; any other is thrown.
	 */
	async function requestTolerating<T = unknown>(
		ctx: ClientContext,
		options: IHttpRequestOptions,
		tolerate: number[],
	): Promise<ToleratedResult<T>> {
		return await request<T>(ctx, options).then(
			(body): ToleratedResult<T> => ({ ok: true, body }),
			(error: Error): ToleratedResult<T> => {
				const status = httpStatusOf(error);
				if (status === undefined || !tolerate.includes(status)) throw error;
				return { ok: false, status, error };
			},
		);
	}

	/**
	 * Runner for updates sent as a PUT that replaces the record: reads the record first and sends its current value
	 * for every listed field the user did not set, so that a field left out is not cleared.
	 */
	function keepCurrentValues(options: {
		fields: string[];
		/** The URL to read the record from, given the URL of the update. */
		readUrl(updateUrl: string): string;
		/** The record inside what the read returned. */
		select(read: IDataObject, updateUrl: string): IDataObject | undefined;
		notFound(updateUrl: string): string;
	}): RequestRunner {
		return async function (requestData) {
			const updateUrl = String(requestData.options.url);
			const read = await routed(this, requestData, { method: 'GET', url: options.readUrl(updateUrl), body: undefined, qs: {} });
			const current = read[0] ? options.select(read[0].json, updateUrl) : undefined;
			if (!current) {
				throw new NodeOperationError(this.getNode(), options.notFound(updateUrl), { itemIndex: this.getItemIndex() });
			}
			const body = { ...(requestData.options.body as IDataObject) };
			for (const field of options.fields) {
				if (body[field] === undefined && current[field] !== undefined && current[field] !== null) body[field] = current[field];
			}
			return await routed(this, requestData, { body });
		};
	}

	return {
		vendor: config.vendor,
		credentialType: config.credentialType,
		/** The node's `requestDefaults`: what makes n8n route its operations declaratively. */
		requestDefaults: { headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, json: true },
		send,
		paginate,
		request,
		requestTolerating,
		keepCurrentValues,
	};
}

/** Replaces every secret in an error's texts (message, description, the kept body) with a mask. */
export function maskSecrets<E extends Error>(error: E, secrets: string[]): E {
	if (secrets.length === 0) return error;
	const mask = (text: string) => secrets.reduce((result, secret) => result.split(secret).join('***'), text);
	const walk = (value: unknown, depth: number): unknown => {
		if (typeof value === 'string') return mask(value);
		if (depth > 4 || typeof value !== 'object' || value === null || value instanceof Error) return value;
		for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = walk(inner, depth + 1);
		return value;
	};
	const target = error as E & { description?: unknown; cause?: unknown; messages?: unknown; errorResponse?: unknown };
	target.message = mask(target.message);
	if (typeof target.description === 'string') target.description = mask(target.description);
	if (Array.isArray(target.messages)) target.messages = target.messages.map((m) => (typeof m === 'string' ? mask(m) : m));
	if (target.cause && !(target.cause instanceof Error)) walk(target.cause, 0);
	if (target.errorResponse && !(target.errorResponse instanceof Error)) walk(target.errorResponse, 0);
	if (target.stack) target.stack = mask(target.stack);
	return error;
}

function contentType(headers: Record<string, unknown>): string | undefined {
	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === 'content-type');
	return entry ? String(entry[1]) : undefined;
}

export type ServiceClient = ReturnType<typeof createServiceClient>;

export type ToleratedResult<T> = { ok: true; body: T } | { ok: false; status: number; error: Error };

/** The HTTP status behind an error from the client, if it came from an HTTP answer. */
export function httpStatusOf(error: unknown): number | undefined {
	const code = Number((error as { httpCode?: unknown } | undefined)?.httpCode);
	if (Number.isInteger(code) && code > 0) return code;
	return httpResponseOf(error)?.status;
}
