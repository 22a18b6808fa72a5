/**
 * Case B: deliveries per second through a trigger's `webhook()`, driven by the test harness (test/engine/trigger.ts:
 * n8n-core's WebhookContext on a Workflow rebuilt from saved static data for every delivery, as n8n does), with the
 * signature check on and off.
 *
 * "Off" is the same node and the same path with only the check replaced: the built node calls the check through
 * its module's exports (`(0, signatures_1.verifyHmacSignature)(...)`), so swapping that export for one that says
 * "valid" removes exactly the HMAC and the constant-time compare. On and off alternate delivery by delivery, so
 * that load from elsewhere on the machine hits both alike. The check's own cost is also timed alone.
 *
 * Every delivery has its own event id (the node's duplicate check stays on the path, its memory full at 500 ids)
 * and is signed before timing starts: signing is the sender's cost. `node bench/webhook.js` prints JSON.
 */
const crypto = require('node:crypto');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

require('./engine');
const { TriggerHarness, TRIGGER_NODE_NAME } = require('../test/engine/trigger.ts');

const signatures = require(path.resolve(__dirname, '../dist/nodes/shared/signatures.js'));
const realVerify = signatures.verifyHmacSignature;
const realVerifyJwt = signatures.verifyRs256Jwt;
const WARM_UP = 1000;
const DELIVERIES = Number(process.env.BENCH_WEBHOOK_DELIVERIES ?? 10000);
const WARM_UP_COUNT = Number(process.env.BENCH_WEBHOOK_WARM_UP ?? WARM_UP);

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A Dub `lead.created` delivery as Dub sends it (about 1.3 KB), signed with HMAC-SHA256 over the raw body. */
function dubDeliveries(secret, count, offset) {
	return Array.from({ length: count }, (_, index) => {
		const i = offset + index;
		const body = JSON.stringify({
			id: `evt_${String(i).padStart(24, '0')}`,
			event: 'lead.created',
			createdAt: '2026-08-21T10:00:00.000Z',
			data: {
				eventName: 'Sign up',
				customer: {
					id: `cus_${i}`,
					externalId: `user_${i}`,
					name: 'Ann Example',
					email: `ann${i}@example.com`,
					avatar: null,
					country: 'FR',
					sales: 0,
					saleAmount: 0,
					createdAt: '2026-08-21T10:00:00.000Z',
				},
				click: {
					id: `clk_${i}`,
					timestamp: '2026-08-21T09:58:12.000Z',
					url: 'https://example.com/pricing?via=ann',
					country: 'FR',
					city: 'Paris',
					region: 'FR-IDF',
					continent: 'EU',
					device: 'Desktop',
					browser: 'Chrome',
					os: 'Mac OS',
					referer: 'google.com',
					refererUrl: 'https://www.google.com/',
					qr: false,
					ip: '203.0.113.7',
				},
				link: {
					id: 'link_1K0000000000000000000000',
					domain: 'dub.sh',
					key: 'ann',
					shortLink: 'https://dub.sh/ann',
					url: 'https://example.com/pricing',
					programId: 'prog_1K0000000000000000000000',
					partnerId: 'pn_1K0000000000000000000000',
					tenantId: null,
					externalId: null,
					clicks: 120,
					leads: 9,
					sales: 2,
					saleAmount: 9800,
				},
				metadata: null,
			},
		});
		const signature = crypto.createHmac('sha256', secret).update(body).digest('hex');
		return { body: Buffer.from(body), headers: { 'Dub-Signature': signature } };
	});
}

/** A Lago `customer.created` delivery as Lago sends it, signed with HMAC (Base64) or as an RS256 JWT. */
function lagoDeliveries(algo, keys, count, offset) {
	return Array.from({ length: count }, (_, index) => {
		const i = offset + index;
		const body = JSON.stringify({
			webhook_type: 'customer.created',
			object_type: 'customer',
			organization_id: 'a9a2f0a4-36a4-4e3a-9a86-b1c0c4e5d6f7',
			customer: {
				lago_id: `1a901a90-1a90-1a90-1a90-${String(i).padStart(12, '0')}`,
				external_id: `user_${i}`,
				name: 'Ann Example',
				email: `ann${i}@example.com`,
				country: 'FR',
				currency: 'EUR',
				timezone: 'Europe/Paris',
				created_at: '2026-08-21T10:00:00Z',
				billing_configuration: { invoice_grace_period: 3, payment_provider: 'stripe' },
				metadata: [],
			},
		});
		let signature;
		if (algo === 'hmac') {
			signature = crypto.createHmac('sha256', keys.hmacToken).update(body).digest('base64');
		} else {
			const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
			const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ data: body, iss: 'https://api.getlago.com' })}`;
			signature = `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), keys.privateKey).toString('base64url')}`;
		}
		return {
			body: Buffer.from(body),
			headers: {
				'X-Lago-Signature': signature,
				'X-Lago-Signature-Algorithm': algo,
				'X-Lago-Unique-Key': crypto.randomUUID(),
			},
		};
	});
}

function lagoCase(algo) {
	const hmacToken = 'bench-hmac-token-0123456789abcdef';
	const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
	const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
	const keys = { hmacToken, privateKey };
	return {
		node: 'lagoTrigger',
		algo,
		setup() {
			const harness = new TriggerHarness({
				type: 'lagoTrigger',
				parameters: { eventScope: 'customer', signatureAlgo: algo },
				credentials: {
					lagoApi: { apiKey: 'lago_bench', region: 'custom', customUrl: 'http://127.0.0.1:9/api/v1', hmacSignatureToken: hmacToken },
				},
				staticData: {
					[`node:${TRIGGER_NODE_NAME}`]: {
						webhookEndpointId: 'ep_1',
						signatureAlgo: algo,
						...(algo === 'jwt' ? { publicKey: publicPem, publicKeyFetchedAt: Date.now() } : {}),
					},
				},
			});
			return { harness, deliveries: (count, offset) => lagoDeliveries(algo, keys, count, offset) };
		},
		skipCheck() {
			if (algo === 'hmac') signatures.verifyHmacSignature = () => ({ valid: true });
			// Off still decodes the claims (the node compares `data` with the body); only the RSA check is skipped.
			else signatures.verifyRs256Jwt = (o) => ({ valid: true, claims: JSON.parse(Buffer.from(o.token.split('.')[1], 'base64url')) });
			return () => {
				signatures.verifyHmacSignature = realVerify;
				signatures.verifyRs256Jwt = realVerifyJwt;
			};
		},
		check: (delivery) =>
			algo === 'hmac'
				? realVerify({ secret: hmacToken, payload: delivery.body, signature: delivery.headers['X-Lago-Signature'], encoding: 'base64', source: 'X-Lago-Signature header' })
				: realVerifyJwt({ token: delivery.headers['X-Lago-Signature'], publicKey: publicPem, source: 'X-Lago-Signature header' }),
	};
}

/** One trigger setup: a harness with its node active, and signed deliveries that it accepts. */
const CASES = [
	{
		node: 'dubTrigger',
		algo: 'hmac',
		setup() {
			const secret = 'whsec_bench0123456789abcdef0123456789';
			const harness = new TriggerHarness({
				type: 'dubTrigger',
				parameters: { registration: 'automatic', events: ['lead.created', 'sale.created'] },
				credentials: { dubApi: { apiKey: 'dub_bench', baseUrl: 'http://127.0.0.1:9' } },
				staticData: { [`node:${TRIGGER_NODE_NAME}`]: { webhookId: 'wh_1', webhookSecret: secret } },
			});
			return { harness, deliveries: (count, offset) => dubDeliveries(secret, count, offset) };
		},
		/** Replaces the check with one that accepts everything; returns the undo. */
		skipCheck() {
			signatures.verifyHmacSignature = () => ({ valid: true });
			return () => {
				signatures.verifyHmacSignature = realVerify;
			};
		},
		/** The check alone, as the node calls it. */
		check: (delivery, secret) =>
			realVerify({ secret, payload: delivery.body, signature: delivery.headers['Dub-Signature'], source: 'Dub-Signature header' }),
		secret: 'whsec_bench0123456789abcdef0123456789',
	},
	lagoCase('hmac'),
	lagoCase('jwt'),
];

async function deliver(harness, delivery) {
	const start = performance.now();
	const result = await harness.deliver(delivery);
	const micros = (performance.now() - start) * 1000;
	if (result.status !== 200 || !result.startsExecution) {
		throw new Error(`delivery refused: ${result.status} ${JSON.stringify(result.body)}`);
	}
	return micros;
}

async function measure(testCase) {
	const { harness, deliveries } = testCase.setup();
	// Warm-up, which also fills the node's memory of recent event ids to its steady size.
	for (const delivery of deliveries(WARM_UP_COUNT, 0)) await deliver(harness, delivery);
	const list = deliveries(DELIVERIES, WARM_UP_COUNT);

	// On and off alternate delivery by delivery, so a busy moment of the machine (or a GC pause) hits both alike.
	const on = [];
	const off = [];
	for (let i = 0; i < list.length; i++) {
		if (i % 2) {
			const undo = testCase.skipCheck();
			try {
				off.push(await deliver(harness, list[i]));
			} finally {
				undo();
			}
		} else {
			on.push(await deliver(harness, list[i]));
		}
	}

	const sample = list.slice(0, 1000);
	const checkStart = performance.now();
	for (let repeat = 0; repeat < 10; repeat++) {
		for (const delivery of sample) if (!testCase.check(delivery, testCase.secret).valid) throw new Error('check refused a valid delivery');
	}
	const checkMicros = ((performance.now() - checkStart) * 1000) / (10 * sample.length);

	const sum = (values) => values.reduce((a, b) => a + b, 0);
	const medianOn = median(on);
	return {
		node: testCase.node,
		algo: testCase.algo,
		// Throughput: deliveries over the time they took.
		verifiedPerSec: Math.round((1e6 * on.length) / sum(on)),
		unverifiedPerSec: Math.round((1e6 * off.length) / sum(off)),
		// The check's share of a verified delivery: from the difference of the median delivery times on and off,
		// and from timing the check alone on the same payloads (steadier: no difference of two noisy figures).
		verificationSharePct: Number(((100 * (medianOn - median(off))) / medianOn).toFixed(2)),
		checkMicros: Number(checkMicros.toFixed(2)),
		checkSharePct: Number(((100 * checkMicros) / medianOn).toFixed(2)),
		medianDeliveryMicros: Math.round(medianOn),
		payloadBytes: sample[0].body.length,
		deliveries: list.length,
	};
}

async function main() {
	const results = [];
	for (const testCase of CASES) results.push(await measure(testCase));
	return results;
}

main().then(
	(results) => {
		if (process.send) process.send({ type: 'result', result: results }, () => process.exit(0));
		else {
			console.log(JSON.stringify(results, null, 2));
			process.exit(0);
		}
	},
	(error) => {
		console.error(error?.stack ?? error);
		process.exit(1);
	},
);
