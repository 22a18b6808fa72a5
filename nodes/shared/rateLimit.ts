import { sleep } from 'n8n-workflow';

import { httpResponseOf } from './errors';

export interface RateLimitPolicy {
	/** How many times one request is sent again after a 429 before the error is surfaced. */
	maxRetries: number;
	/** Header names, in order of preference, that say when the limit resets. */
	resetHeaders: string[];
	/** Used when the 429 names no reset. */
	fallbackWaitMs: number;
	/** Longest wait accepted; a later reset is surfaced as an error instead of blocking the workflow. */
	maxWaitMs: number;
}

/**
 * Vendors disagree on what a reset header holds (Dub documents seconds but sends epoch milliseconds), so the
 * value is read by magnitude: an epoch in milliseconds, an epoch in seconds, or a number of seconds to wait.
 */
export function resetValueToWaitMs(value: unknown, now: number): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (text === undefined || text === null || text === '') return undefined;
	const number = Number(text);
	if (Number.isFinite(number)) {
		if (number > 1e12) return Math.max(0, number - now);
		if (number > 1e9) return Math.max(0, number * 1000 - now);
		return Math.max(0, number * 1000);
	}
	const date = Date.parse(String(text));
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function waitForRateLimitMs(policy: RateLimitPolicy, headers: Record<string, unknown>, now = Date.now()) {
	const lower = Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
	for (const name of policy.resetHeaders) {
		const wait = resetValueToWaitMs(lower[name.toLowerCase()], now);
		if (wait !== undefined) return wait;
	}
	return policy.fallbackWaitMs;
}

/**
 * Sends one request and, on a 429, waits until the vendor's reset and sends the SAME request again, a bounded
 * number of times. Paginators call this per page, so pages already read are never fetched again.
 */
export async function retryOnRateLimit<T>(
	policy: RateLimitPolicy,
	send: () => Promise<T>,
	fail: (error: unknown) => Error,
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			const response = httpResponseOf(error);
			if (response?.status !== 429 || attempt >= policy.maxRetries) throw fail(error);
			const waitMs = waitForRateLimitMs(policy, response.headers);
			if (waitMs > policy.maxWaitMs) throw fail(error);
			await sleep(waitMs + 50);
		}
	}
}
