/**
 * Vendors that answer what they do not document, or not at all. One Get per vendor, through the engine.
 */
import { client, expectNoSecrets, GET_ONE, useFake, type Vendor } from './support';

const GET = GET_ONE;

const NAME: Record<Vendor, string> = { dub: 'Dub', lago: 'Lago', notihub: 'Notihub' };

describe.each(['dub', 'lago', 'notihub'] as Vendor[])('%s: answers that are not what the vendor documents', (vendor) => {
	const fakeOf = useFake(vendor);
	const { operationId, parameters } = GET[vendor];
	const run = async () => await fakeOf().run(parameters);
	afterEach(() => {
		client.timeouts.requestMs = client.DEFAULT_TIMEOUT_MS;
		client.timeouts.tokenExchangeMs = 30_000;
	});

	it('a 200 with an HTML page: held = a NodeApiError that says HTML came back and quotes it, no item', async () => {
		fakeOf().server.on(operationId, fakeOf().api(() => ({
			status: 200,
			headers: { 'content-type': 'text/html; charset=utf-8' },
			body: '<!DOCTYPE html><html><head><title>Sign in to the corporate proxy</title></head><body>…</body></html>',
		})));
		const result = await run();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`${NAME[vendor]} answered HTTP 200 with text/html instead of JSON`);
		expect(result.error?.description).toContain('Sign in to the corporate proxy');
		expect(result.items).toEqual([]);
		expectNoSecrets(result);
	});

	it('a 200 with JSON cut off: held = a NodeApiError that says the JSON cannot be read, with its beginning', async () => {
		fakeOf().server.on(operationId, fakeOf().api(() => ({
			status: 200,
			headers: { 'content-type': 'application/json' },
			body: '{"id": "cus_1", "name": "Ann',
		})));
		const result = await run();
		expect(result.error?.message).toBe(`${NAME[vendor]} answered HTTP 200 with JSON that cannot be read (cut off or malformed)`);
		expect(result.error?.description).toContain('{"id": "cus_1", "name": "Ann');
		expect(result.items).toEqual([]);
	});

	it('a 200 with an empty body where a record was asked for: held = an error, not an empty item', async () => {
		fakeOf().server.on(operationId, fakeOf().api(() => ({ status: 200, body: '' })));
		const result = await run();
		expect(result.error?.message).toBe(`${NAME[vendor]} answered HTTP 200 with an empty body instead of JSON`);
		expect(result.error?.description).toMatch(/^Nothing came back/);
		expect(result.items).toEqual([]);
	});

	it('a 5 MB error message: held = the message shown is cut to 500 characters and says how much was left out', async () => {
		const huge = 'x'.repeat(5 * 1024 * 1024);
		const envelope =
			vendor === 'dub' ? { error: { code: 'bad_request', message: huge } } : vendor === 'lago' ? { status: 400, error: huge } : { code: 400, message: huge };
		fakeOf().server.on(operationId, fakeOf().api(() => ({ status: 400, body: envelope })));
		const result = await run();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error!.message.length).toBeLessThan(600);
		expect(result.error!.message).toMatch(/^x{500}… \(\d+ more characters\)$/);
		// Nothing of the 5 MB is kept in the run data either.
		expect(JSON.stringify(result.run).length).toBeLessThan(100_000);
		expectNoSecrets(result);
	});

	it('a 5 MB HTML error page: held = "answered with HTTP 502" and a short excerpt, not the page', async () => {
		fakeOf().server.on(operationId, fakeOf().api(() => ({
			status: 502,
			headers: { 'content-type': 'text/html' },
			body: `<html><body><h1>502 Bad Gateway</h1>${'<p>filler</p>'.repeat(400_000)}</body></html>`,
		})));
		const result = await run();
		expect(result.error?.message).toMatch(new RegExp(`^${NAME[vendor]} answered with HTTP 502 "<html><body><h1>502 Bad Gateway`));
		expect(result.error!.message.length).toBeLessThan(300);
		expect(JSON.stringify(result.run).length).toBeLessThan(100_000);
	});

	it('a vendor that never answers: held = a timeout error within the configured bound, nothing left running', async () => {
		client.timeouts.requestMs = 400;
		fakeOf().server.on(operationId, fakeOf().api(() => new Promise(() => {})));
		const started = Date.now();
		const result = await run();
		const took = Date.now() - started;
		expect(result.error?.message).toBe(`${NAME[vendor]} did not answer in time`);
		expect(took).toBeLessThan(5_000);
		expect(fakeOf().server.calls(operationId)).toHaveLength(1);
		expectNoSecrets(result);
	});
});

describe('notihub: token exchange', () => {
	const fakeOf = useFake('notihub');
	afterEach(() => {
		client.timeouts.tokenExchangeMs = 30_000;
	});

	it('a token endpoint that never answers: held = the run ends with a timeout error within the bound, no API call', async () => {
		client.timeouts.tokenExchangeMs = 400;
		fakeOf().server.on('createAccessToken', () => new Promise(() => {}));
		const started = Date.now();
		const result = await fakeOf().run(GET.notihub.parameters);
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(result.error?.message).toMatch(/^Notihub token exchange failed: could not reach POST .*\/token\/ \(timed out\)/);
		expect(fakeOf().apiRequests()).toEqual([]);
		expectNoSecrets(result);
	});

	it('a token endpoint that answers with a 5 MB message: held = the message is cut, the keys are not in it', async () => {
		fakeOf().server.on('createAccessToken', { status: 401, body: { code: 401, message: 'y'.repeat(5 * 1024 * 1024) } });
		const result = await fakeOf().run(GET.notihub.parameters);
		expect(result.error!.message.length).toBeLessThan(800);
		expect(result.error!.message).toContain('more characters');
		expectNoSecrets(result);
	});
});
