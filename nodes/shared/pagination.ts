import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { toVendorApiError, type ErrorEnvelopeParser } from './errors';
import { retryOnRateLimit, type RateLimitPolicy } from './rateLimit';

type RoutingRequest = DeclarativeRestApiSettings.ResultOptions;
export type RequestRunner = (this: IExecutePaginationFunctions, requestData: RoutingRequest) => Promise<INodeExecutionData[]>;

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

export interface ServiceTransport {
	vendor: string;
	rateLimit: RateLimitPolicy;
	parseError: ErrorEnvelopeParser;
}

/**
 * Declarative routing has no hook around the HTTP call, so every request of a node goes through
 * `routing.operations.pagination`: `send` for single requests and `paginate(walk)` for lists. Both retry a 429
 * per request and turn HTTP failures into the vendor's own error.
 */
export function createTransport(service: ServiceTransport) {
	async function request(ctx: IExecutePaginationFunctions, requestData: RoutingRequest, qs?: IDataObject) {
		const pageRequest = qs
			? { ...requestData, options: { ...requestData.options, qs: { ...requestData.options.qs, ...qs } } }
			: requestData;
		return await retryOnRateLimit(
			service.rateLimit,
			async () => await ctx.makeRoutingRequest(pageRequest),
			(error) => toVendorApiError(ctx.getNode(), error, service.parseError, service.vendor, ctx.getItemIndex()),
		);
	}

	const send: RequestRunner = async function (requestData) {
		return await request(this, requestData);
	};

	function paginate(walk: PageWalk): RequestRunner {
		return async function (requestData) {
			const returnAll = this.getNodeParameter('returnAll', false) as boolean;
			const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
			// One page size for the whole walk: page-number APIs would skip records if it changed between pages.
			const pageSize = Math.min(walk.maxPageSize, limit);
			const results: INodeExecutionData[] = [];
			let current: IDataObject | undefined = walk.firstPage;
			while (current) {
				const page = await request(this, requestData, { ...current, [walk.pageSizeParameter]: pageSize });
				const records = walk.records ? walk.records(page) : page;
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

	return { send, paginate };
}
