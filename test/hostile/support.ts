/**
 * What the hostile-input corpus shares: the three vendors' fakes, the secrets to look for, the built package's
 * shared modules (the same instances the nodes run with), and a virtual clock for the rate limiter.
 */
import type { INodeProperties } from 'n8n-workflow';
import path from 'node:path';

import type { ContractServer } from '../contract/server';
import { nodeTypeInstances, runNode, type RunNodeResult } from '../engine';
import { DUB_API_KEY, dubCredentials, startDubServer } from '../dub/dubServer';
import { LAGO_API_KEY, lagoCredentials, startLagoServer } from '../lago/lagoServer';
import { KEYS, notihubAuth, notihubCredentials, startNotihubServer } from '../notihub/notihubServer';

const DIST = path.resolve(__dirname, '../../dist/nodes/shared');

/** The built shared modules: changing `timeouts` or the limiter's clock here changes them for the nodes under test. */
export const client = require(path.join(DIST, 'client')) as typeof import('../../nodes/shared/client');
export const limiter = require(path.join(DIST, 'limiter')) as typeof import('../../nodes/shared/limiter');

export type Vendor = 'dub' | 'lago' | 'notihub';

export interface VendorFake {
	vendor: Vendor;
	server: ContractServer;
	credentials: Record<string, any>;
	/** Wraps an answer so that Notihub's token check passes; other vendors answer as given. */
	api: (handler: any) => any;
	run(parameters: Record<string, unknown>, extra?: { input?: Record<string, unknown>[]; continueOnFail?: boolean }): Promise<RunNodeResult>;
	/** Requests that reached the vendor, without Notihub's token exchange. */
	apiRequests(): ContractServer['requests'];
}

export const SECRETS = [DUB_API_KEY, LAGO_API_KEY, ...Object.values(KEYS)];

/** Held: no credential key appears anywhere in what the run produced (items, errors, run data). */
export function expectNoSecrets(result: RunNodeResult | unknown) {
	const text = JSON.stringify(result, (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value));
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

export async function startFake(vendor: Vendor): Promise<VendorFake> {
	const server = vendor === 'dub' ? await startDubServer() : vendor === 'lago' ? await startLagoServer() : await startNotihubServer();
	const credentials = vendor === 'dub' ? dubCredentials(server) : vendor === 'lago' ? lagoCredentials(server) : notihubCredentials(server);
	let auth = vendor === 'notihub' ? notihubAuth(server) : undefined;
	const fake: VendorFake = {
		vendor,
		server,
		credentials,
		api: (handler) => {
			if (vendor !== 'notihub') return handler;
			auth ??= notihubAuth(server);
			return auth.api(typeof handler === 'function' ? handler : () => handler);
		},
		run: async (parameters, extra = {}) => await runNode({ type: vendor, parameters, credentials, ...extra }),
		apiRequests: () => server.requests.filter((r) => r.operationId !== 'createAccessToken'),
	};
	const reset = server.reset.bind(server);
	server.reset = () => {
		reset();
		auth = vendor === 'notihub' ? notihubAuth(server) : undefined;
	};
	return fake;
}

/** The built node descriptions, as n8n's editor and engine read them. */
export const builtNode = (vendor: Vendor) => nodeTypeInstances[vendor].description;

/**
 * A clock for the limiter whose sleeps take no real time: a sleep moves the clock to its end. The fake vendors read
 * the same clock, so windows of seconds pass in milliseconds and the result does not depend on the machine's speed.
 */
export function virtualClock(start = Date.now()) {
	let now = start;
	return {
		now: () => now,
		sleep: async (ms: number) => {
			const until = now + Math.max(0, ms);
			await new Promise((resolve) => setImmediate(resolve));
			now = Math.max(now, until);
		},
		elapsed: () => now - start,
	};
}

const CANDIDATE_IDS = ['valid_1', '1a901a90-1a90-1a90-1a90-1a901a901a90', 'pn_valid1', 'cus_valid1', 'link_valid1', 'tag_valid1', 'fold_valid1', 'cm_valid1', '31'];

/**
 * A valid value for a required resource locator, so that only the field under test is hostile: its first text mode
 * without a format rule, or else the first candidate ID that mode's rule accepts.
 */
export function validLocator(field: INodeProperties, preferred?: string) {
	const modes = (field.modes ?? []).filter((m) => m.type === 'string');
	const rule = (mode: (typeof modes)[number]) =>
		(mode.validation ?? []).map((v) => (typeof v === 'object' && v.type === 'regex' ? new RegExp(String((v.properties as { regex: string }).regex)) : undefined)).find(Boolean);
	const free = modes.find((m) => !rule(m));
	if (free) return { __rl: true, mode: free.name, value: preferred ?? 'valid_1' };
	for (const mode of modes) {
		const pattern = rule(mode)!;
		const value = [preferred, ...CANDIDATE_IDS].find((id) => id !== undefined && pattern.test(id));
		if (value) return { __rl: true, mode: mode.name, value };
	}
	return { __rl: true, mode: modes[0]?.name ?? 'id', value: preferred ?? 'valid_1' };
}
