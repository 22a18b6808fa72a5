/**
 * Bulk runs under a rate limit. n8n's routing engine starts the requests of all input items at once; the vendors
 * here allow 20 requests per 2-second window and answer 429 beyond it, each the way it really signals its limit:
 * Dub with X-RateLimit-* and Retry-After on every answer (epoch milliseconds), Lago Cloud with x-ratelimit-* on its
 * 429s only (seconds until the reset), Notihub with nothing at all. The limiter runs on a virtual clock that the fakes
 * share, so the windows pass in milliseconds of real time and the timing is exact.
 *
 * Held: every item succeeds, each item's request is accepted exactly once (none sent twice), and the run takes at
 * most 1.5 times the time the limit allows ((windows - 1) x 2 s of virtual time).
 */
import { expectNoSecrets, limiter, startFake, virtualClock, type Vendor, type VendorFake } from './support';

const LIMIT = 20;
const WINDOW_MS = 2000;
const ITEMS = 300;

interface Setup {
	operationId: string;
	parameters: Record<string, unknown>;
	/** The item a request belongs to. */
	identity(request: { body: any; params: any; path: string }): string;
	answer(request: { body: any; params: any }): unknown;
	/** The vendor's headers on an accepted answer and on a 429, given the window's end and what is left. */
	headers(kind: 'ok' | 'limited', windowEnd: number, remaining: number, now: number): Record<string, string>;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const SETUPS: Record<Vendor, Setup> = {
	dub: {
		operationId: 'trackLead',
		parameters: { resource: 'track', operation: 'lead', clickId: 'click_1', eventName: 'Sign up', customerExternalId: '={{ $json.id }}' },
		identity: ({ body }) => body.customerExternalId,
		answer: ({ body }) => ({
			click: { id: 'click_1' },
			link: null,
			customer: { name: null, email: null, avatar: null, externalId: body.customerExternalId },
		}),
		headers: (kind, windowEnd, remaining) => ({
			'X-RateLimit-Limit': String(LIMIT),
			'X-RateLimit-Remaining': String(remaining),
			'X-RateLimit-Reset': String(windowEnd),
			...(kind === 'limited' ? { 'Retry-After': String(windowEnd) } : {}),
		}),
	},
	lago: {
		operationId: 'findCustomer',
		parameters: { resource: 'customer', operation: 'get', customer: { __rl: true, mode: 'externalId', value: '={{ $json.id }}' } },
		identity: ({ path }) => path.split('/').pop()!,
		answer: ({ params }) => ({ customer: { lago_id: uuid(1), external_id: params.external_customer_id, name: 'x' } }),
		headers: (kind, windowEnd, _remaining, now): Record<string, string> =>
			kind === 'limited'
				? { 'x-ratelimit-limit': String(LIMIT), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil((windowEnd - now) / 1000)) }
				: {},
	},
	notihub: {
		operationId: 'sendMessage',
		parameters: {
			resource: 'message',
			operation: 'send',
			templateId: 'welcome',
			customerId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' },
		},
		identity: ({ body }) => body.customerId,
		answer: () => ({ messageId: uuid(9) }),
		headers: () => ({}),
	},
};

describe.each(['dub', 'lago', 'notihub'] as Vendor[])('%s: hundreds of items against a rate limit', (vendor) => {
	let fake: VendorFake;
	let clock: ReturnType<typeof virtualClock>;
	let previousClock: ReturnType<typeof limiter.useClock>;
	beforeAll(async () => {
		fake = await startFake(vendor);
	});
	afterAll(async () => await fake.server.close());
	beforeEach(() => {
		fake.server.reset();
		limiter.resetLimiters();
		clock = virtualClock();
		previousClock = limiter.useClock(clock);
	});
	afterEach(() => {
		limiter.useClock(previousClock);
		limiter.resetLimiters();
		fake.server.expectNoViolations();
	});

	it(`${ITEMS} items, ${LIMIT} requests per ${WINDOW_MS / 1000} s: all succeed, each sent once, within 1.5x the time the limit allows`, async () => {
		const setup = SETUPS[vendor];
		const start = clock.now();
		const windows = new Map<number, number>();
		const accepted: string[] = [];
		let refused = 0;
		fake.server.on(
			setup.operationId,
			fake.api((request: any) => {
				const now = clock.now();
				const window = Math.floor((now - start) / WINDOW_MS);
				const windowEnd = start + (window + 1) * WINDOW_MS;
				const used = windows.get(window) ?? 0;
				if (used >= LIMIT) {
					refused++;
					const body = vendor === 'dub'
						? { error: { code: 'rate_limit_exceeded', message: 'Too many requests.', doc_url: 'https://dub.co/docs/api-reference/errors' } }
						: vendor === 'lago' ? { status: 429, error: 'Too Many Requests' } : { code: 429, message: 'Too Many Requests' };
					return { status: 429, headers: setup.headers('limited', windowEnd, 0, now), body };
				}
				windows.set(window, used + 1);
				accepted.push(setup.identity(request));
				return { status: 200, headers: setup.headers('ok', windowEnd, LIMIT - used - 1, now), body: setup.answer(request) };
			}),
		);
		const input = Array.from({ length: ITEMS }, (_, i) => ({ id: `user_${i + 1}`, uuid: uuid(i + 1) }));
		const result = await fake.run(setup.parameters, { input });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(ITEMS);
		const expected = input.map((i) => (vendor === 'notihub' ? i.uuid : i.id));
		expect([...accepted].sort()).toEqual([...expected].sort());
		const allowedMs = (Math.ceil(ITEMS / LIMIT) - 1) * WINDOW_MS;
		const took = clock.elapsed();
		expect(took).toBeGreaterThanOrEqual(allowedMs);
		expect(took).toBeLessThanOrEqual(1.5 * allowedMs);
		// A vendor that announces its limit on every answer is never overrun.
		if (vendor === 'dub') expect(refused).toBe(0);
		expectNoSecrets(result);
	});
});
