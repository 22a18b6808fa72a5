'use strict';
/**
 * The sandbox of `npm run demo` (`npm run dev -- --sandbox`): local Dub-, Lago- and Notihub-compatible servers, played
 * from the vendor contracts in test/fixtures/specs, with in-memory data seeded for a small SaaS ("Acme"), and the n8n
 * credentials that point at them. `node scripts/sandbox` runs the three servers alone.
 */
const fs = require('node:fs');

const { DUB_SANDBOX_API_KEY, startDubSandbox } = require('./dub');
const { LAGO_SANDBOX_API_KEY, LAGO_SANDBOX_HMAC_TOKEN, startLagoSandbox } = require('./lago');
const { NOTIHUB_SANDBOX_KEYS, startNotihubSandbox } = require('./notihub');

/**
 * The credentials the example workflows (examples/) name. Imported with these ids, the examples run against the
 * sandbox as they are; imported elsewhere, n8n keeps the reference and the user picks their own credential.
 */
const SANDBOX_CREDENTIALS = {
	dubApi: { id: 'sandboxDubApi001', name: 'Dub (sandbox)' },
	lagoApi: { id: 'sandboxLagoApi01', name: 'Lago (sandbox)' },
	notihubApi: { id: 'sandboxNotihub01', name: 'Notihub (sandbox)' },
};

/** The example workflows (examples/) that start from a Dub or Lago event; `npm run demo` activates them. */
const SANDBOX_TRIGGER_WORKFLOWS = [
	{ id: 'exLeadToBilling', name: 'Dub lead → Lago customer → Notihub welcome' },
	{ id: 'exCustomerToPartner', name: 'Lago new customer → Dub partner' },
];

/** Default ports: fixed, so the URLs printed at start stay the same between runs. */
const DEFAULT_PORTS = { dub: 5701, lago: 5702, notihub: 5703 };

/**
 * Starts the three servers.
 * @param {{ host?: string, publicHost?: string, ports?: { dub?: number, lago?: number, notihub?: number },
 *   log?: (message: string) => void, stateFile?: string }} [options]
 *   `ports` of 0 take free ports (tests); `publicHost` is the host name in the URLs handed to n8n. Everything resets at
 *   each start except, when `stateFile` is given, what n8n relies on across its own restarts: an active Dub or Lago
 *   Trigger registers its webhook once, and n8n does not register it again when it boots.
 */
async function startSandbox(options = {}) {
	const ports = { ...DEFAULT_PORTS, ...options.ports };
	const common = { host: options.host ?? '127.0.0.1', publicHost: options.publicHost, log: options.log };
	const state = readState(options.stateFile);
	let save = () => {};
	const onStateChange = () => save();
	const dub = await startDubSandbox({ ...common, port: ports.dub, state: state.dub, onStateChange });
	const lago = await startLagoSandbox({ ...common, port: ports.lago, state: state.lago, onStateChange });
	const notihub = await startNotihubSandbox({ ...common, port: ports.notihub });
	const services = [dub, lago, notihub];
	if (options.stateFile) {
		save = () => fs.writeFileSync(options.stateFile, JSON.stringify({ dub: dub.persistentState(), lago: lago.persistentState() }, null, 2));
		save();
	}
	return {
		dub,
		lago,
		notihub,
		/** The credentials for `n8n import:credentials` (plain data, which n8n encrypts on import). */
		credentials: () => [
			{ ...SANDBOX_CREDENTIALS.dubApi, type: 'dubApi', data: dub.credentialData() },
			{ ...SANDBOX_CREDENTIALS.lagoApi, type: 'lagoApi', data: lago.credentialData() },
			{ ...SANDBOX_CREDENTIALS.notihubApi, type: 'notihubApi', data: notihub.credentialData() },
		],
		/** Requests that broke a vendor contract (or answers that did not fit one), per service. */
		violations: () => Object.fromEntries(services.map((s) => [s.name, [...s.server.violations]])),
		close: async () => {
			await Promise.all(services.map((s) => s.close()));
		},
	};
}

function readState(file) {
	if (!file || !fs.existsSync(file)) return {};
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return {};
	}
}

module.exports = {
	DEFAULT_PORTS,
	DUB_SANDBOX_API_KEY,
	LAGO_SANDBOX_API_KEY,
	LAGO_SANDBOX_HMAC_TOKEN,
	NOTIHUB_SANDBOX_KEYS,
	SANDBOX_CREDENTIALS,
	SANDBOX_TRIGGER_WORKFLOWS,
	startSandbox,
};

if (require.main === module) {
	const log = (message) => process.stderr.write(`${message}\n`);
	startSandbox({ log }).then(
		(sandbox) => {
			log(`Dub     ${sandbox.dub.url}      (Authorization: Bearer ${DUB_SANDBOX_API_KEY})`);
			log(`Lago    ${sandbox.lago.url}  (Authorization: Bearer ${LAGO_SANDBOX_API_KEY})`);
			log(`Notihub ${sandbox.notihub.url}      (POST /token/ with the keys in scripts/sandbox/notihub.js)`);
			log('Ctrl+C stops them.');
			process.once('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
		},
		(error) => {
			log(error.stack);
			process.exit(1);
		},
	);
}
