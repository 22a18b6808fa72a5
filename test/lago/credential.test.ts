import type { IHttpRequestOptions, INodeType } from 'n8n-workflow';

import type { ContractServer } from '../contract/server';
import { credentialTypes, nodeTypes, TestCredentialsHelper } from '../engine';
import { lagoBaseUrl } from '../../nodes/Lago/baseUrl';
import { customer, LAGO_API_KEY, lagoCredentials, lagoRunner, startLagoServer } from './lagoServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startLagoServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Credential', () => {
	it.each([
		[{ region: 'us' }, 'https://api.getlago.com/api/v1'],
		[{ region: 'eu' }, 'https://api.eu.getlago.com/api/v1'],
		[{ region: 'custom', customUrl: ' https://lago.example.com/ ' }, 'https://lago.example.com/api/v1'],
		[{ region: 'custom', customUrl: 'http://localhost:3000/api/v1/' }, 'http://localhost:3000/api/v1'],
		[{ region: 'custom', customUrl: 'https://example.com/billing/api/v1' }, 'https://example.com/billing/api/v1'],
	])('points %j at %s, for every request and the credential test alike', async (credentials, expected) => {
		expect(lagoBaseUrl(credentials)).toBe(expected);
		// The credential's authenticate sets the base URL of every relative request: routing, hooks, searches, its test.
		const authenticated = await new TestCredentialsHelper({}).authenticate(credentials, 'lagoApi', { url: '/customers', headers: {} });
		expect(authenticated.baseURL).toBe(expected);
		expect(credentialTypes.lagoApi.test!.request.baseURL).toBeUndefined();
		expect((nodeTypes.getByName('lago') as INodeType).description.requestDefaults!.baseURL).toBeUndefined();
		// An absolute URL (a file Lago generated) is left alone.
		const absolute = await new TestCredentialsHelper({}).authenticate(credentials, 'lagoApi', { url: 'https://files.example.com/a.pdf' });
		expect(absolute.baseURL).toBeUndefined();
	});

	it('tests the key with a one-customer list that the Lago contract accepts', async () => {
		server.on('findAllCustomers', ({ headers }) =>
			headers.authorization === `Bearer ${LAGO_API_KEY}`
				? { body: { customers: [customer(1)], meta: { current_page: 1, next_page: null, prev_page: null, total_pages: 1, total_count: 1 } } }
				: { status: 401, body: { status: 401, error: 'Unauthorized' } },
		);
		const credentials = lagoCredentials(server).lagoApi;
		const { request, rules } = credentialTypes.lagoApi.test!;
		const authenticated = await new TestCredentialsHelper({}).authenticate(credentials, 'lagoApi', {
			url: request.url!,
			qs: request.qs,
			headers: {},
		} as IHttpRequestOptions);
		const url = new URL(`${authenticated.baseURL as string}${request.url}`);
		for (const [key, value] of Object.entries(request.qs ?? {})) url.searchParams.set(key, String(value));
		const ok = await fetch(url, { headers: authenticated.headers as Record<string, string> });
		expect(ok.status).toBe(200);
		expect(server.calls('findAllCustomers')[0].query).toEqual({ page: '1', per_page: '1' });

		const rejected = await fetch(url, { headers: { authorization: 'Bearer revoked' } });
		expect(rejected.status).toBe(401);
		const rule = rules?.find((r) => r.type === 'responseCode' && r.properties.value === rejected.status);
		expect(rule?.properties.message).toMatch(/^Lago rejected the API key/);
	});

	it('never puts the API key in an error', async () => {
		server.on('findCustomer', { status: 401, body: { status: 401, error: 'Unauthorized' } });
		const result = await lagoRunner(server, 'customer')({ operation: 'get', customer: { __rl: true, mode: 'externalId', value: 'c' } });
		expect(result.error?.message).toBe('Unauthorized');
		expect(result.error?.description).toMatch(/Check the API key/);
		expect(JSON.stringify(result.run.data.resultData)).not.toContain(LAGO_API_KEY);
	});
});
