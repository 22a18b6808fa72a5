import { jsonBodyOf } from '../shared/binary';
import { createServiceClient, cursorWalk, pageNumberWalk } from '../shared/client';

/** Dub's envelope: `{"error": {"code", "message", "doc_url"}}`, also when it came as bytes (the QR code). */
function parseDubError(body: unknown) {
	const error = (jsonBodyOf(body) as { error?: { code?: string; message?: string; doc_url?: string } } | undefined)?.error;
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

/** The Dub service client: routing, list searches and the trigger's webhook lifecycle all send through it. */
export const dubClient = createServiceClient({
	vendor: 'Dub',
	credentialType: 'dubApi',
	parseError: parseDubError,
	rateLimit: {
		maxRetries: 3,
		// Dub fills both with an epoch timestamp in milliseconds, although its docs say seconds.
		resetHeaders: ['x-ratelimit-reset', 'retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
});

/** Customers, links and most lists: `startingAfter` the last record's id, at most 100 a page. */
export const cursorPages = cursorWalk({ cursorParameter: 'startingAfter', pageSizeParameter: 'pageSize', maxPageSize: 100 });

/** Partners and applications: 1-based `page`, at most 100 a page. */
export const numberedPages = pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'pageSize', maxPageSize: 100 });

/** Folders and domains: 1-based `page`, at most 50 a page. */
export const numberedPagesOf50 = pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'pageSize', maxPageSize: 50 });
