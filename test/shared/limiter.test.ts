/**
 * The rate limiter alone, on a virtual clock: what it does with each vendor signal. Every case is what a user sees
 * as "the run took this long, and this many requests were refused".
 */
import { RateLimiter, useClock, type Clock } from '../../nodes/shared/limiter';

const policy = { maxRetries: 3, resetHeaders: ['x-ratelimit-reset', 'retry-after'], fallbackWaitMs: 1000, maxWaitMs: 65_000 };

function virtual(start = 1_800_000_000_000): Clock & { set(ms: number): void } {
	let now = start;
	return {
		now: () => now,
		sleep: async (ms) => {
			now += Math.max(0, ms);
		},
		set: (ms) => (now = ms),
	};
}

let clock: ReturnType<typeof virtual>;
let previous: Clock;
beforeEach(() => {
	clock = virtual();
	previous = useClock(clock);
});
afterEach(() => useClock(previous));

it('sends one request first, then as many as the window has left, then waits for the announced reset (epoch ms)', async () => {
	const limiter = new RateLimiter(policy);
	const start = clock.now();
	const reset = String(start + 2000);
	await limiter.acquire();
	limiter.release({ status: 200, headers: { 'X-RateLimit-Remaining': '2', 'X-RateLimit-Reset': reset } });
	await limiter.acquire();
	await limiter.acquire();
	expect(clock.now()).toBe(start);
	const third = limiter.acquire();
	let sent = false;
	void third.then(() => (sent = true));
	await Promise.resolve();
	expect(sent).toBe(false);
	limiter.release({ status: 200, headers: { 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': reset } });
	limiter.release({ status: 200, headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset } });
	await third;
	expect(clock.now()).toBeGreaterThanOrEqual(start + 2000);
	expect(clock.now()).toBeLessThan(start + 2200);
});

it('reads a reset in seconds (Lago Cloud) as seconds to wait', async () => {
	const limiter = new RateLimiter(policy);
	const start = clock.now();
	await limiter.acquire();
	expect(limiter.release({ status: 429, headers: { 'x-ratelimit-reset': '3' } })).toEqual({ announcedWaitMs: 3000 });
	await limiter.acquire();
	expect(clock.now() - start).toBe(3050);
});

it('without any signal: after a 429 it sends one request at a time and waits longer after each further 429', async () => {
	const limiter = new RateLimiter(policy);
	const start = clock.now();
	const waits: number[] = [];
	let last = start;
	for (let i = 0; i < 4; i++) {
		const sentAt = await limiter.acquire();
		waits.push(clock.now() - last);
		last = clock.now();
		expect(limiter.release({ status: 429 }, sentAt)).toEqual({});
	}
	expect(waits).toEqual([0, 250, 375, 563]);
	await limiter.acquire();
	limiter.release({ status: 200 });
	// One at a time now: a second request waits for the first to end.
	const first = await limiter.acquire();
	let second = false;
	void limiter.acquire().then(() => (second = true));
	await Promise.resolve();
	expect(second).toBe(false);
	limiter.release({ status: 200 }, first);
	await new Promise((resolve) => setImmediate(resolve));
	expect(second).toBe(true);
});

it('a 429 to a request sent before the last wait ended does not start another wait', async () => {
	const limiter = new RateLimiter(policy);
	await limiter.acquire();
	limiter.release({ status: 200 });
	const early = await limiter.acquire();
	const other = await limiter.acquire();
	limiter.release({ status: 429, headers: { 'retry-after': '2' } }, other);
	const blockedAt = clock.now();
	await limiter.acquire();
	expect(clock.now()).toBe(blockedAt + 2050);
	const { announcedWaitMs } = limiter.release({ status: 429, headers: { 'retry-after': '2' } }, early);
	expect(announcedWaitMs).toBe(0);
	const again = clock.now();
	await limiter.acquire();
	expect(clock.now()).toBe(again);
});
