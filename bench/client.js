/**
 * One measured run of one client, in a fresh process (forked by bench/run.js with --expose-gc), so peaks of
 * different clients never mix. `node --expose-gc bench/client.js '<json>'` with {api, client, url, n, warmUrl, warmN, warmPasses}:
 * loads the client, lists the warm-up server's customers `warmPasses` times (undici's fetch alone needs ~50
 * requests before its per-request time settles; n8n's lazy loading and expression caches need some too), collects
 * garbage, then lists the measured server's N customers and checks that every one came, in order. The warm-up
 * list is small, so it does not raise the peak of a larger measured run.
 *
 * Reports {ms, items, peakRssMb, retainedMb}: wall time of the listing; the process's peak RSS over its whole life
 * (loading included); and the heap the finished listing keeps alive (heap after a full GC with the result still
 * referenced, minus the heap before the listing).
 * BENCH_HEAP_SNAPSHOT=<file> writes a heap snapshot at that point, for a closer look.
 */
const { performance } = require('node:perf_hooks');
const v8 = require('node:v8');

const { clients, identity } = require('./clients');

function check(spec, records, n) {
	if (records.length !== n) throw new Error(`${spec.api}/${spec.client}: ${records.length} customers listed, ${n} expected`);
	const { of, at } = identity[spec.api];
	for (const i of [1, Math.ceil(n / 2), n]) {
		if (n && of(records[i - 1]) !== at(i)) throw new Error(`${spec.api}/${spec.client}: customer ${i} is ${of(records[i - 1])}`);
	}
}

const gc = () => {
	global.gc();
	global.gc();
};

async function main() {
	const spec = JSON.parse(process.argv[2]);
	const list = clients[spec.api][spec.client]();
	if (!list) return { skipped: true };

	for (let pass = 0; pass < (spec.warmPasses ?? 1); pass++) check(spec, await list(spec.warmUrl), spec.warmN);
	gc();
	const heapBefore = process.memoryUsage().heapUsed;

	const start = performance.now();
	const records = await list(spec.url);
	const ms = performance.now() - start;
	check(spec, records, spec.n);

	const peakRssMb = process.resourceUsage().maxRSS / 1024;
	gc();
	const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
	if (process.env.BENCH_HEAP_SNAPSHOT) v8.writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT);
	return { ms, items: records.length, peakRssMb, retainedMb };
}

main().then(
	(result) => {
		if (process.send) process.send({ type: 'result', result }, () => process.exit(0));
		else {
			console.log(JSON.stringify(result));
			process.exit(0);
		}
	},
	(error) => {
		console.error(error?.stack ?? error);
		process.exit(1);
	},
);
