/**
 * `npm run bench`: lists every customer from local Dub- and Lago-compatible servers with four clients (our node,
 * n8n's HTTP Request node, the vendor SDK, a plain fetch loop), then times the Dub Trigger's webhook path with and
 * without its signature check. Prints tables and writes bench/results.json.
 *
 * Each server runs in its own process; each measured run of each client runs in a fresh process (bench/client.js),
 * and the server counts the requests it served to that run. Runs go in rounds, each round running every client
 * once in a rotated order, so that slow phases of a busy machine hit every client alike; a client's time is the
 * median of its runs.
 *
 * Options: --sizes 1000,10000,50000  --runs 5  --apis dub,lago  --clients ours,httpRequestNode,sdk,raw  --no-webhook
 *          --out bench/results.json
 */
const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureDeps, PINNED } = require('./deps');
const { CLIENTS } = require('./clients');
const { PAGE_SIZE } = require('./common');

const ROOT = path.resolve(__dirname, '..');
const WARM_N = 1000;
const WARM_PASSES = 5;

function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : process.argv[index + 1];
}
const SIZES = option('sizes', '1000,10000,50000').split(',').map(Number);
const RUNS = Number(option('runs', '5'));
const APIS = option('apis', 'dub,lago').split(',');
const ONLY = option('clients', CLIENTS.join(',')).split(',');
const WEBHOOK = !process.argv.includes('--no-webhook');
const RESULTS = path.resolve(option('out', path.join(__dirname, 'results.json')));

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round1 = (value) => Math.round(value * 10) / 10;

function startServer(api, n) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(__dirname, 'server.js'), [api, String(n)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`${api} server exited (${code})`)));
		child.on('message', (message) => {
			if (message.type === 'ready') resolve({ child, url: message.url });
		});
	});
}

function ask(server, type) {
	return new Promise((resolve) => {
		const onMessage = (message) => {
			if (message.type !== type) return;
			server.child.off('message', onMessage);
			resolve(message);
		};
		server.child.on('message', onMessage);
		server.child.send({ type });
	});
}

function stopServer(server) {
	server.child.removeAllListeners('exit');
	server.child.kill();
}

/** Runs `script` in a fresh process and resolves with the result it sends back. */
function runChild(script, args, execArgv = []) {
	return new Promise((resolve, reject) => {
		let result;
		const child = fork(path.join(__dirname, script), args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		child.on('message', (message) => {
			if (message.type === 'result') result = message.result;
		});
		child.once('error', reject);
		child.once('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${script} ${args.join(' ')} exited with ${code}`))));
	});
}

async function measurePagination(api, n, warm) {
	const server = await startServer(api, n);
	const runs = Object.fromEntries(ONLY.map((client) => [client, []]));
	const skipped = new Set();
	try {
		for (let round = 0; round < RUNS; round++) {
			const order = ONLY.map((_, i) => ONLY[(i + round) % ONLY.length]);
			for (const client of order) {
				if (skipped.has(client)) continue;
				await ask(server, 'reset');
				const spec = { api, client, url: server.url, n, warmUrl: warm.url, warmN: WARM_N, warmPasses: WARM_PASSES };
				const result = await runChild('client.js', [JSON.stringify(spec)], ['--expose-gc']);
				if (result.skipped) {
					skipped.add(client);
					continue;
				}
				const { count } = await ask(server, 'count');
				runs[client].push({ ...result, requests: count });
				process.stdout.write('.');
			}
		}
	} finally {
		stopServer(server);
	}
	const entry = { api, n, idealRequests: Math.ceil(n / PAGE_SIZE) };
	for (const client of ONLY) {
		const list = runs[client];
		if (!list.length) {
			entry[client] = null;
			continue;
		}
		const requests = [...new Set(list.map((r) => r.requests))];
		if (requests.length > 1) throw new Error(`${api}/${client} made ${requests.join(' or ')} requests in different runs`);
		entry[client] = {
			ms: Math.round(median(list.map((r) => r.ms))),
			requests: requests[0],
			peakRssMb: round1(median(list.map((r) => r.peakRssMb))),
			retainedMb: round1(median(list.map((r) => r.retainedMb))),
			msRuns: list.map((r) => Math.round(r.ms)),
		};
	}
	// Per round, when both ran in it: the ratio of our time to theirs; the median of those is steadier than a ratio of
	// medians on a machine whose load changes while the bench runs.
	const paired = (other) => {
		if (!runs.ours?.length || !runs[other]?.length) return null;
		const count = Math.min(runs.ours.length, runs[other].length);
		return Number(median(Array.from({ length: count }, (_, i) => runs.ours[i].ms / runs[other][i].ms)).toFixed(2));
	};
	entry.ratios = { oursToHttpRequestNode: paired('httpRequestNode'), oursToRaw: paired('raw'), oursToSdk: paired('sdk') };
	return entry;
}

function scaling(pagination) {
	const out = [];
	for (const api of APIS) {
		const entries = pagination.filter((e) => e.api === api).sort((a, b) => a.n - b.n);
		if (entries.length < 2) continue;
		for (const client of ONLY) {
			const points = entries.filter((e) => e[client]).map((e) => ({ n: e.n, ms: e[client].ms, peak: e[client].peakRssMb, retained: e[client].retainedMb }));
			if (points.length < 2) continue;
			const first = points[0];
			const last = points[points.length - 1];
			const prev = points[points.length - 2];
			out.push({
				api,
				client,
				msPer1k: points.map((p) => Number(((p.ms * 1000) / p.n).toFixed(1))),
				// Time per extra 1,000 customers over the last two sizes, against the average over the first size:
				// about 1 means linear; far above 1, worse than linear.
				marginalMsPer1k: Number((((last.ms - prev.ms) * 1000) / (last.n - prev.n)).toFixed(1)),
				growthVsLinear: Number(((last.ms - prev.ms) / (last.n - prev.n) / (first.ms / first.n)).toFixed(2)),
				peakRssMb: points.map((p) => p.peak),
				retainedKbPerCustomer: Number((((last.retained - first.retained) * 1024) / (last.n - first.n)).toFixed(2)),
				sizes: points.map((p) => p.n),
			});
		}
	}
	return out;
}

function pad(value, width, right = false) {
	const text = String(value ?? '—');
	return right ? text.padEnd(width) : text.padStart(width);
}

function printPagination(pagination) {
	console.log('\nCase A: list every customer (median of runs; requests counted by the server)\n');
	const head = ['api', 'N', 'ideal', 'client', 'ms', 'ms/1k', 'requests', 'peak RSS MB', 'retained MB'];
	const widths = [5, 6, 6, 16, 7, 6, 9, 12, 12];
	console.log(head.map((h, i) => pad(h, widths[i], i === 0 || i === 3)).join(' '));
	for (const entry of pagination) {
		for (const client of ONLY) {
			const r = entry[client];
			const cells = r
				? [entry.api, entry.n, entry.idealRequests, client, r.ms, ((r.ms * 1000) / entry.n).toFixed(1), r.requests, r.peakRssMb, r.retainedMb]
				: [entry.api, entry.n, entry.idealRequests, client, 'skipped'];
			console.log(cells.map((c, i) => pad(c, widths[i], i === 0 || i === 3)).join(' '));
		}
		const { oursToHttpRequestNode: http, oursToRaw: raw, oursToSdk: sdk } = entry.ratios;
		if (http !== null) console.log(`      ours / HTTP Request node ${http}   ours / raw ${raw}   ours / SDK ${sdk}`);
	}
}

function printScaling(rows) {
	if (!rows.length) return;
	console.log('\nGrowth from the smallest to the largest N (growthVsLinear ≈ 1: linear; < 1: fixed costs amortized)\n');
	for (const row of rows) {
		console.log(
			`${pad(row.api, 5, true)}${pad(row.client, 16, true)} ms/1k at ${row.sizes.join('/')}: ${row.msPer1k.join(' / ')}; ` +
				`marginal ${row.marginalMsPer1k} ms/1k (x${row.growthVsLinear}); peak RSS ${row.peakRssMb.join(' / ')} MB; ` +
				`retained ${row.retainedKbPerCustomer} KB per customer`,
		);
	}
}

function printWebhook(rows) {
	console.log('\nCase B: webhook deliveries per second through webhook(), check on and off alternating delivery by delivery\n');
	for (const row of rows) {
		console.log(
			`${pad(row.node, 12, true)}${pad(row.algo, 5, true)} verified ${row.verifiedPerSec}/s, check skipped ${row.unverifiedPerSec}/s ` +
				`(median delivery ${row.medianDeliveryMicros} µs). The check's share of a verified delivery: ${row.verificationSharePct}% ` +
				`from the on/off medians, ${row.checkSharePct}% timed alone (${row.checkMicros} µs)`,
		);
	}
}

async function main() {
	const started = Date.now();
	ensureDeps();
	if (!fs.existsSync(path.join(ROOT, 'dist/nodes/Dub/Dub.node.js'))) throw new Error('Build first: npm run build');
	// Loads the engine and the trigger harness once here, which caches their transpiled TypeScript for the children.
	await runChild('warm-cache.js', []);
	// LAGO: the Lago client "ours" needs the Lago node built (it is loaded from dist/ even before package.json lists it).
	if (APIS.includes('lago') && ONLY.includes('ours') && !fs.existsSync(path.join(ROOT, 'dist/nodes/Lago/Lago.node.js'))) {
		console.log('note: dist/nodes/Lago/Lago.node.js is absent, so the Lago rows have no "ours" (the Lago node is not merged yet)');
	}

	const load = os.loadavg();
	const pagination = [];
	for (const api of APIS) {
		const warm = await startServer(api, WARM_N);
		try {
			for (const n of SIZES) {
				process.stdout.write(`${api} N=${n} `);
				pagination.push(await measurePagination(api, n, warm));
				process.stdout.write('\n');
			}
		} finally {
			stopServer(warm);
		}
	}
	const webhook = WEBHOOK ? await runChild('webhook.js', []) : [];

	const results = {
		pagination,
		webhook,
		scaling: scaling(pagination),
		machine: {
			cpus: `${os.cpus().length} × ${os.cpus()[0]?.model}`,
			memoryGb: Math.round(os.totalmem() / 1024 ** 3),
			node: process.version,
			platform: `${os.platform()} ${os.release()}`,
			loadAverageAtStart: load.map((l) => Number(l.toFixed(2))),
			loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
		},
		settings: { runs: RUNS, pageSize: PAGE_SIZE, warmUp: `${WARM_PASSES} × ${WARM_N} customers`, versions: PINNED },
		date: new Date().toISOString(),
		durationSeconds: Math.round((Date.now() - started) / 1000),
	};
	fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

	printPagination(pagination);
	printScaling(results.scaling);
	if (webhook.length) printWebhook(webhook);
	console.log(
		`\n${results.machine.cpus}, ${results.machine.memoryGb} GB, Node ${process.version}; load average ${results.machine.loadAverageAtStart.join(' ')} → ` +
			`${results.machine.loadAverageAtEnd.join(' ')}; ${results.durationSeconds} s. Written to ${path.relative(ROOT, RESULTS)}.`,
	);
}

main().catch((error) => {
	console.error(error?.stack ?? error);
	process.exit(1);
});
