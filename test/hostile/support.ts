/**
 * What the hostile-input corpus shares: the three vendors' fakes, the secrets to look for, the built package's
 * shared modules (the same instances the nodes run with), and a virtual clock for the rate limiter.
 */
import path from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

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

/** Starts a vendor's fake for the enclosing describe, resets it before each test, closes it after all. */
export function useFake(vendor: Vendor): () => VendorFake {
	let fake: VendorFake;
	beforeAll(async () => {
		fake = await startFake(vendor);
	});
	afterAll(async () => await fake.server.close());
	beforeEach(() => fake.server.reset());
	return () => fake;
}

/** One Get per vendor: the operation the answer and failure cases run. */
export const GET_ONE: Record<Vendor, { operationId: string; parameters: Record<string, unknown> }> = {
	dub: { operationId: 'getCustomer', parameters: { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: 'cus_1' } } },
	lago: { operationId: 'findCustomer', parameters: { resource: 'customer', operation: 'get', customer: { __rl: true, mode: 'externalId', value: 'cust_1' } } },
	notihub: {
		operationId: 'getCustomer',
		parameters: { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: '00000000-0000-4000-8000-000000000001' } },
	},
};

/** Whether a built property is shown for a resource and operation. */
export const shownFor = (p: INodeProperties, resource: string, operation: string) =>
	Boolean(
		(p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource) &&
			(p.displayOptions?.show?.operation as string[] | undefined)?.includes(operation),
	);

/** A value as a field holds it: inside a locator (its first typed mode) for locator fields. */
export function asFieldValue(field: INodeProperties, value: string) {
	if (field.type !== 'resourceLocator') return value;
	const mode = (field.modes ?? []).find((m) => m.type === 'string')?.name ?? 'id';
	return { __rl: true, mode, value };
}

const CANDIDATE_IDS = ['valid_1', '1a901a90-1a90-1a90-1a90-1a901a901a90', 'pn_valid1', 'cus_valid1', 'link_valid1', 'tag_valid1', 'fold_valid1', 'cm_valid1', '31'];

/**
 * A valid value for a field that is not under test, so that only the field under test is hostile: for a locator, the
 * first text mode whose format rule accepts `preferred`, or else the first candidate ID some mode's rule accepts.
 */
export function validFieldValue(field: INodeProperties, preferred: string) {
	if (field.type !== 'resourceLocator') return preferred;
	const modes = (field.modes ?? []).filter((m) => m.type === 'string');
	const rules = (mode: (typeof modes)[number]) =>
		(mode.validation ?? []).flatMap((v) =>
			typeof v === 'object' && v.type === 'regex' ? [new RegExp(String((v.properties as { regex: string }).regex))] : [],
		);
	const accepts = (mode: (typeof modes)[number], value: string) => rules(mode).every((rule) => rule.test(value));
	for (const value of [preferred, ...CANDIDATE_IDS]) {
		const mode = modes.find((m) => accepts(m, value));
		if (mode) return { __rl: true, mode: mode.name, value };
	}
	return asFieldValue(field, preferred);
}

/** Values for the other required fields, so that n8n lets the run start. */
export function requiredValues(vendor: Vendor, resource: string, operation: string) {
	const values: Record<string, unknown> = {};
	for (const field of builtNode(vendor).properties) {
		if (!field.required || !shownFor(field, resource, operation)) continue;
		// Amounts and rates are decimal text; other required text (emails, names, codes) takes an email address.
		if (field.type === 'string') values[field.name] = /amount|price|rate|percent/i.test(field.name) ? '1' : 'a@example.com';
		if (field.type === 'json') values[field.name] = '{}';
		if (field.type === 'number') values[field.name] = 1;
		if (field.type === 'resourceLocator') {
			values[field.name] = validFieldValue(field, vendor === 'notihub' ? '00000000-0000-4000-8000-000000000001' : 'valid_1');
		}
	}
	return values;
}
