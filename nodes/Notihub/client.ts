import { createServiceClient, pageNumberWalk } from '../shared/client';

/** Notihub's envelope: `{"code": <http status>, "message": "…"}`. */
export function parseNotihubError(body: unknown, status: number) {
	const message = (body as { message?: unknown } | undefined)?.message;
	if (typeof message !== 'string' || !message) return undefined;
	const hints: Record<number, string> = {
		401: 'Notihub refused the access token, also after the node fetched a fresh one. Check the keys in the Notihub credential.',
		403: 'Notihub refused access: check that the environment keys in the credential belong to this account.',
		429: 'Notihub kept answering "too many requests" after the node waited and retried.',
	};
	return { message, description: hints[status] };
}

/** The Notihub service client: routing and list searches send through it. */
export const notihubClient = createServiceClient({
	vendor: 'Notihub',
	credentialType: 'notihubApi',
	parseError: parseNotihubError,
	rateLimit: {
		maxRetries: 3,
		// Notihub documents 429 but no reset header; Retry-After is honoured if it ever sends one.
		resetHeaders: ['retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
});

/** Customers and messages: `page` counts from 0 (the API reference; the SDK's examples start at 1), `limit` ≤ 200. */
export const notihubPages = pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'limit', maxPageSize: 200, firstPage: 0 });
