import type { ContractServer } from '../contract/server';
import { testCredential } from '../engine';
import { DUB_API_KEY, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const dubError = (code: string, message: string) => ({ error: { code, message, doc_url: `https://dub.co/docs/api-reference/errors#${code}` } });

describe('Dub API credential test', () => {
	it('succeeds against a cheap read: one link, with the bearer key, on a base URL with a trailing slash', async () => {
		server.on('getLinks', { body: [] });
		const result = await testCredential('dubApi', { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = server.calls('getLinks');
		expect(request.query).toEqual({ pageSize: '1' });
		expect(request.headers.authorization).toBe(`Bearer ${DUB_API_KEY}`);
	});

	it('explains a 401 as a wrong or revoked key', async () => {
		server.on('getLinks', { status: 401, body: dubError('unauthorized', 'Unauthorized: Invalid API key.') });
		const result = await testCredential('dubApi', { apiKey: 'dub_wrong', baseUrl: server.url });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/rejected the API key/);
	});

	it('explains a 403 as a missing scope or plan', async () => {
		server.on('getLinks', { status: 403, body: dubError('forbidden', 'Unauthorized: Need higher plan.') });
		const result = await testCredential('dubApi', { apiKey: DUB_API_KEY, baseUrl: server.url });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/scope/);
		expect(result.message).toMatch(/plan/);
	});
});
