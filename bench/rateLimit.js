#!/usr/bin/env node
/**
 * Bulk runs under a rate limit, measured on the real clock: N items through one node, against a local fake of the
 * vendor that allows LIMIT requests per WINDOW ms and signals its limit the way the vendor does (Dub: X-RateLimit-*
 * and Retry-After in epoch ms on every answer; Lago Cloud: x-ratelimit-* with seconds on 429s only; Notihub:
 * nothing). Prints, per vendor: the time taken against the time the limit allows ((windows - 1) x WINDOW), the
 * requests accepted and refused. `npm run build` first.
 *
 *   node bench/rateLimit.js [items=200] [limit=20] [windowMs=1000]
 */
const { engine } = require('./engine');

const ITEMS = Number(process.argv[2] ?? 200);
const LIMIT = Number(process.argv[3] ?? 20);
const WINDOW_MS = Number(process.argv[4] ?? 1000);

const dubServer = require('../test/dub/dubServer.ts');
const lagoServer = require('../test/lago/lagoServer.ts');
const notihubServer = require('../test/notihub/notihubServer.ts');

const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const VENDORS = {
	dub: {
		start: dubServer.startDubServer,
		credentials: dubServer.dubCredentials,
		operationId: 'trackLead',
		parameters: { resource: 'track', operation: 'lead', clickId: 'click_1', eventName: 'Sign up', customerExternalId: '={{ $json.id }}' },
		answer: ({ body }) => ({ click: { id: 'click_1' }, link: null, customer: { name: null, email: null, avatar: null, externalId: body.customerExternalId } }),
		headers: (kind, windowEnd, remaining) => ({
			'X-RateLimit-Limit': String(LIMIT),
			'X-RateLimit-Remaining': String(remaining),
			'X-RateLimit-Reset': String(windowEnd),
			...(kind === 'limited' ? { 'Retry-After': String(windowEnd) } : {}),
		}),
		refused: { error: { code: 'rate_limit_exceeded', message: 'Too many requests.', doc_url: 'https://dub.co/docs' } },
	},
	lago: {
		start: lagoServer.startLagoServer,
		credentials: lagoServer.lagoCredentials,
		operationId: 'findCustomer',
		parameters: { resource: 'customer', operation: 'get', customer: { __rl: true, mode: 'externalId', value: '={{ $json.id }}' } },
		answer: ({ params }) => ({ customer: { lago_id: uuid(1), external_id: params.external_customer_id, name: 'x' } }),
		headers: (kind, windowEnd, _remaining, now) =>
			kind === 'limited' ? { 'x-ratelimit-limit': String(LIMIT), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil((windowEnd - now) / 1000)) } : {},
		refused: { status: 429, error: 'Too Many Requests' },
	},
	notihub: {
		start: notihubServer.startNotihubServer,
		credentials: notihubServer.notihubCredentials,
		operationId: 'sendMessage',
		parameters: { resource: 'message', operation: 'send', templateId: 'welcome', customerId: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' } },
		answer: () => ({ messageId: uuid(9) }),
		headers: () => ({}),
		refused: { code: 429, message: 'Too Many Requests' },
	},
};

async function measure(name, limit = LIMIT) {
	const vendor = VENDORS[name];
	const server = await vendor.start();
	const auth = name === 'notihub' ? notihubServer.notihubAuth(server) : undefined;
	const start = Date.now();
	const windows = new Map();
	let accepted = 0;
	let refused = 0;
	const handler = (request) => {
		const now = Date.now();
		const window = Math.floor((now - start) / WINDOW_MS);
		const windowEnd = start + (window + 1) * WINDOW_MS;
		const used = windows.get(window) ?? 0;
		if (used >= limit) {
			refused++;
			return { status: 429, headers: vendor.headers('limited', windowEnd, 0, now), body: vendor.refused };
		}
		windows.set(window, used + 1);
		accepted++;
		return { status: 200, headers: vendor.headers('ok', windowEnd, limit - used - 1, now), body: vendor.answer(request) };
	};
	server.on(vendor.operationId, auth ? auth.api(handler) : handler);
	const input = Array.from({ length: ITEMS }, (_, i) => ({ id: `user_${i + 1}`, uuid: uuid(i + 1) }));
	const result = await engine.runNode({ type: name, parameters: vendor.parameters, credentials: vendor.credentials(server), input });
	const took = Date.now() - start;
	await server.close();
	const allowed = (Math.ceil(ITEMS / LIMIT) - 1) * WINDOW_MS;
	return { name, items: result.items.length, failed: result.error ? 1 : 0, accepted, refused, took, allowed };
}

async function main() {
	console.log(`${ITEMS} items, ${LIMIT} requests per ${WINDOW_MS} ms, real clock`);
	console.log('vendor   items ok  accepted  refused(429)  took ms  allowed ms  ratio  unlimited ms');
	for (const name of Object.keys(VENDORS)) {
		// The same run without a limit: what the engine itself costs.
		const free = await measure(name, Infinity);
		const r = await measure(name);
		console.log(
			`${r.name.padEnd(8)} ${String(r.items).padStart(8)}  ${String(r.accepted).padStart(8)}  ${String(r.refused).padStart(12)}  ${String(r.took).padStart(7)}  ${String(r.allowed).padStart(10)}  ${(r.took / r.allowed).toFixed(3)}  ${String(free.took).padStart(12)}`,
		);
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
