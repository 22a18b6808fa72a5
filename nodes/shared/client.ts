import {
	NodeApiError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IHookFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type INodeExecutionData,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { httpResponseOf, toVendorApiError, type ErrorEnvelopeParser } from './errors';
import { retryOnRateLimit, type RateLimitPolicy } from './rateLimit';

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

const signature = (query: IDataObject) => JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));

/**
 * One vendor's client, used from every context: declarative routing (through `send` and `paginate`, hooked in by the
 * operation builder), list searches, trigger lifecycles and deliveries. It owns the timeout, the 429 retries, the
 * vendor's error envelope and the page walks. Authentication and the base URL come from the credential's
 * `authenticate`, which n8n applies to every request of every context, the credential test included.
 */
export function createServiceClient(config: ServiceClientConfig) {
	const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;

	const toError = (ctx: { getNode: ClientContext['getNode'] }, itemIndex?: number) => (error: unknown) =>
		toVendorApiError(ctx.getNode(), error, config.parseError, config.vendor, itemIndex);

	async function routed(ctx: IExecutePaginationFunctions, requestData: RoutingRequest, qs?: IDataObject) {
		const options = { ...requestData.options, timeout: requestData.options.timeout ?? timeout };
		if (qs) options.qs = { ...requestData.options.qs, ...qs };
		return await retryOnRateLimit(
			config.rateLimit,
			async () => await ctx.makeRoutingRequest({ ...requestData, options }),
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
			const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
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
				if (asked.has(key)) throw notAdvancing(this, `asked for the same page twice (${key})`);
				asked.add(key);
				const page = await routed(this, requestData, { ...current, [walk.pageSizeParameter]: pageSize });
				const records = walk.records ? walk.records(page) : page;
				const first = records.length ? JSON.stringify(records[0].json) : undefined;
				if (first !== undefined && first === previousFirst) throw notAdvancing(this, 'served the same page again');
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

	function notAdvancing(ctx: IExecutePaginationFunctions, what: string) {
		return new NodeApiError(ctx.getNode(), {}, {
			message: `${config.vendor}'s list did not advance: it ${what}`,
			description: 'The node stopped instead of reading the same records forever. Try again later, or narrow the list.',
			itemIndex: ctx.getItemIndex(),
		});
	}

	/** One authenticated request outside routing, with the same timeout, 429 waits and vendor errors. */
	async function request<T = unknown>(ctx: ClientContext, options: IHttpRequestOptions): Promise<T> {
		return (await retryOnRateLimit(
			config.rateLimit,
			async () =>
				await ctx.helpers.httpRequestWithAuthentication.call(ctx, config.credentialType, {
					json: true,
					timeout,
					...options,
					headers: { Accept: 'application/json', ...options.headers },
				}),
			toError(ctx),
		)) as T;
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

	return {
		vendor: config.vendor,
		credentialType: config.credentialType,
		/** The node's `requestDefaults`: what makes n8n route its operations declaratively. */
		requestDefaults: { headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, json: true },
		send,
		paginate,
		request,
		requestTolerating,
	};
}

export type ServiceClient = ReturnType<typeof createServiceClient>;

export type ToleratedResult<T> = { ok: true; body: T } | { ok: false; status: number; error: Error };

/** The HTTP status behind an error from the client, if it came from an HTTP answer. */
export function httpStatusOf(error: unknown): number | undefined {
	const code = Number((error as { httpCode?: unknown } | undefined)?.httpCode);
	if (Number.isInteger(code) && code > 0) return code;
	return httpResponseOf(error)?.status;
}
