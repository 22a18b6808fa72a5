import { sleep } from 'n8n-workflow';

import { resetValueToWaitMs, type RateLimitPolicy } from './rateLimit';

/** Where the limiter reads the time and waits: n8n's `sleep` in the nodes, a virtual clock in tests. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

let clock: Clock = systemClock;

/** Replaces the clock of every limiter (tests and benches); returns the one it replaced. */
export function useClock(next: Clock): Clock {
	const previous = clock;
	clock = next;
	return previous;
}

/** What one answer said about the rate limit. */
export interface Answer {
	/** The HTTP status, or undefined when no answer came (a timeout, a refused connection). */
	status?: number;
	headers?: Record<string, unknown>;
}

/** How many requests one credential may have under way while the vendor has said nothing about its limit. */
const UNKNOWN_LIMIT_CONCURRENCY = 16;
/** Never more than this many under way, whatever the vendor allows: n8n sends every item at once otherwise. */
const MAX_CONCURRENCY = 16;
/** First wait after a 429 that says nothing about when to come back; it grows by half on each further 429. */
const FIRST_PROBE_MS = 250;
/** A limiter that has seen no 429 for this long forgets that it had to send one request at a time. */
const CALM_AFTER_MS = 60_000;
/** Added to every announced reset: clocks differ, and a request sent on the reset itself may still be counted. */
const RESET_MARGIN_MS = 50;

function header(headers: Record<string, unknown> | undefined, name: string): unknown {
	if (!headers) return undefined;
	for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
	return undefined;
}

/**
 * The requests of one credential to one vendor. n8n's routing engine starts the requests of all input items at once;
 * the limiter lets them out so that the vendor's limit holds:
 * - it sends ONE request first, and reads the vendor's signals (X-RateLimit-Limit/Remaining/Reset, Retry-After) from
 *   every answer; while the window has requests left it lets that many out, and then waits for the reset;
 * - a vendor that sends no signals gets up to 16 requests at a time; after its first 429 the limiter sends one at a time
 *   and backs off (250 ms, growing by half) until the vendor accepts again; that costs at most half the window.
 * A request refused with 429 was not processed by the vendor, so sending it again does not send it twice.
 */
export class RateLimiter {
	private inFlight = 0;
	private answered = false;
	private remaining?: number;
	private resetAt?: number;
	private blockedUntil = 0;
	private serialSince?: number;
	private probeMs = FIRST_PROBE_MS;
	private waiters: Array<() => void> = [];

	constructor(private readonly policy: RateLimitPolicy) {}

	private concurrency(now: number): number {
		if (!this.answered || (this.serialSince !== undefined && now - this.serialSince < CALM_AFTER_MS)) return 1;
		if (this.resetAt !== undefined && this.remaining !== undefined) return MAX_CONCURRENCY;
		return UNKNOWN_LIMIT_CONCURRENCY;
	}

	/** Waits until one more request may go out, and counts it as under way; returns when it went out. */
	async acquire(): Promise<number> {
		for (;;) {
			const now = clock.now();
			if (now < this.blockedUntil) {
				await clock.sleep(this.blockedUntil - now);
				continue;
			}
			if (this.resetAt !== undefined && now >= this.resetAt) {
				this.resetAt = undefined;
				this.remaining = undefined;
			}
			if (this.inFlight >= this.concurrency(now)) {
				await new Promise<void>((resolve) => this.waiters.push(resolve));
				continue;
			}
			if (this.remaining !== undefined && this.remaining <= 0 && this.resetAt !== undefined) {
				if (this.inFlight > 0) {
					// The answers under way may announce a later reset; wait for them first.
					await new Promise<void>((resolve) => this.waiters.push(resolve));
				} else {
					await clock.sleep(this.resetAt - now + RESET_MARGIN_MS);
				}
				continue;
			}
			this.inFlight++;
			if (this.remaining !== undefined) this.remaining--;
			return now;
		}
	}

	/**
	 * Counts a request as done and learns from its answer. Returns, for a 429, how long the vendor asked to wait
	 * (undefined when it did not say), so that the caller can give up on a wait it will not accept.
	 */
	release(answer: Answer, sentAt?: number): { announcedWaitMs?: number; stale?: boolean } {
		this.inFlight--;
		this.answered = true;
		const now = clock.now();
		let result: { announcedWaitMs?: number; stale?: boolean } = {};
		if (answer.status !== 429) result = this.learnFromAnswer(answer.headers, now);
		// A 429 to a request sent before the last wait ended speaks of a window that is over: it is only sent again.
		else if (sentAt !== undefined && sentAt < this.blockedUntil) result = { announcedWaitMs: Math.max(0, this.blockedUntil - now), stale: true };
		else result = this.learnFrom429(answer.headers, now);
		const waiters = this.waiters;
		this.waiters = [];
		for (const wake of waiters) wake();
		return result;
	}

	private resetWaitMs(headers: Record<string, unknown> | undefined, now: number): number | undefined {
		for (const name of this.policy.resetHeaders) {
			const wait = resetValueToWaitMs(header(headers, name.toLowerCase()), now);
			if (wait !== undefined) return wait;
		}
		return undefined;
	}

	private learnFromAnswer(headers: Record<string, unknown> | undefined, now: number) {
		this.probeMs = FIRST_PROBE_MS;
		const remaining = Number(header(headers, 'x-ratelimit-remaining'));
		const wait = this.resetWaitMs(headers, now);
		if (Number.isFinite(remaining) && wait !== undefined && header(headers, 'x-ratelimit-remaining') !== undefined) {
			const resetAt = now + wait;
			// Requests still under way may not be counted in this answer yet: count them as spent.
			const left = Math.max(0, remaining - this.inFlight);
			if (this.resetAt === undefined || resetAt > this.resetAt + 1000) {
				this.resetAt = resetAt;
				this.remaining = left;
			} else {
				this.resetAt = Math.max(this.resetAt, resetAt);
				this.remaining = Math.min(this.remaining ?? left, left);
			}
		}
		return {};
	}

	private learnFrom429(headers: Record<string, unknown> | undefined, now: number) {
		const announced = this.resetWaitMs(headers, now);
		if (announced !== undefined) {
			this.blockedUntil = Math.max(this.blockedUntil, now + announced + RESET_MARGIN_MS);
			this.resetAt = now + announced;
			this.remaining = 0;
			return { announcedWaitMs: announced };
		}
		// Nothing said: one request at a time, and come back a little later each time.
		this.serialSince = now;
		this.blockedUntil = Math.max(this.blockedUntil, now + this.probeMs);
		this.probeMs = Math.min(Math.round(this.probeMs * 1.5), this.policy.maxWaitMs);
		return {};
	}
}

const limiters = new Map<string, RateLimiter>();

/** The limiter of one credential (by its id in n8n) of one vendor, shared by every execution of this process. */
export function limiterFor(key: string, policy: RateLimitPolicy): RateLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new RateLimiter(policy);
		limiters.set(key, limiter);
	}
	return limiter;
}

/** Forgets every limiter's state (tests). */
export function resetLimiters() {
	limiters.clear();
}

/** The clock limiters use, for callers that time requests (the walk of pages with 429 retries). */
export const limiterClock = (): Clock => clock;
