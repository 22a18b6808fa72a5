import { createTransport, cursorWalk, pageNumberWalk, type ServiceTransport } from '../shared/pagination';

/** Dub's envelope: `{"error": {"code", "message", "doc_url"}}`. */
function parseDubError(body: unknown) {
	const error = (body as { error?: { code?: string; message?: string; doc_url?: string } } | undefined)?.error;
	if (!error?.message) return undefined;
	const hints: Record<string, string> = {
		unauthorized: 'Check the API key in the Dub credential.',
		forbidden: 'The API key lacks the scope this operation needs, or the workspace plan does not include it.',
		exceeded_limit: 'The workspace has reached a limit of its plan.',
		rate_limit_exceeded: 'Dub kept answering "too many requests" after the node waited for the rate limit to reset.',
	};
	const description = [error.code ? hints[error.code] ?? `Dub error code: ${error.code}.` : undefined, error.doc_url && `See ${error.doc_url}`]
		.filter(Boolean)
		.join(' ');
	return { message: error.message, description: description || undefined };
}

/** Dub's error envelope and rate-limit policy; also used by requests outside routing (the trigger's lifecycle). */
export const dubService: ServiceTransport = {
	vendor: 'Dub',
	parseError: parseDubError,
	rateLimit: {
		maxRetries: 3,
		// Dub fills both with an epoch timestamp in milliseconds, although its docs say seconds.
		resetHeaders: ['x-ratelimit-reset', 'retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
};

export const dubTransport = createTransport(dubService);

/** Customers and links: `startingAfter` the last record's id, at most 100 a page. */
export const dubCursorPages = dubTransport.paginate(
	cursorWalk({ cursorParameter: 'startingAfter', pageSizeParameter: 'pageSize', maxPageSize: 100 }),
);

/** Partners and applications: 1-based `page`, at most 100 a page. */
export const dubNumberedPages = dubTransport.paginate(
	pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'pageSize', maxPageSize: 100 }),
);
