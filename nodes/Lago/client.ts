import type { IDataObject } from 'n8n-workflow';

import { createServiceClient, type PageWalk } from '../shared/client';

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

const lagoConfig = {
	vendor: 'Lago',
	credentialType: 'lagoApi',
	parseError: parseLagoError,
	rateLimit: {
		maxRetries: 3,
		// Lago Cloud sends the seconds left until the window resets; a self-hosted Lago sends no rate-limit headers.
		resetHeaders: ['x-ratelimit-reset', 'retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
};

/** Lago's vendor name, error envelope and rate-limit policy. */
export const lagoService = lagoConfig;

const client = createServiceClient(lagoConfig);

/** The Lago service client: routing, list searches and the trigger's webhook lifecycle all send through it. */
export const lagoClient = {
	...client,
	// Lago reads lists from `countries[]=US&countries[]=FR`.
	requestDefaults: { ...client.requestDefaults, arrayFormat: 'brackets' as const },
};

/** The client for one batch of events: a 422 names the input item behind each refused event. */
export const lagoBatchClient = (itemIndexes: number[]) =>
	createServiceClient({ ...lagoConfig, parseError: (body, status) => parseLagoError(body, status, (index) => itemIndexes[index]) });

/**
 * Lago lists: `page`/`per_page`, records under a root property named after the resource, and `meta.next_page`
 * that is null on the last page.
 */
export function lagoPages(rootProperty: string): PageWalk {
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

/** Lago answers `{"customer": {...}}`: the item is the object inside. */
export const unwrap = (property: string) => [{ type: 'rootProperty' as const, properties: { property } }];
