/**
 * Requests outside declarative routing: the editor's "From List" searches and the credential test. Held: a vendor
 * that never answers ends them with an error within the configured bound; an HTML page instead of JSON is an error
 * that says so, not an empty list; no key in what the user sees.
 */
import { testCredential } from '../engine';
import { runListSearch } from '../engine/listSearch';
import { client, SECRETS, useFake, type Vendor } from './support';

const SEARCH: Record<Vendor, { method: string; operationId: string }> = {
	dub: { method: 'searchCustomers', operationId: 'getCustomers' },
	lago: { method: 'searchCustomers', operationId: 'findAllCustomers' },
	notihub: { method: 'searchCustomers', operationId: 'listCustomers' },
};
const NAME: Record<Vendor, string> = { dub: 'Dub', lago: 'Lago', notihub: 'Notihub' };
const CREDENTIAL: Record<Vendor, string> = { dub: 'dubApi', lago: 'lagoApi', notihub: 'notihubApi' };

const noSecretIn = (text: string) => SECRETS.forEach((secret) => expect(text).not.toContain(secret));

describe.each(['dub', 'lago', 'notihub'] as Vendor[])('%s: outside routing', (vendor) => {
	const fakeOf = useFake(vendor);
	afterEach(() => {
		client.timeouts.requestMs = client.DEFAULT_TIMEOUT_MS;
	});
	const search = async () =>
		await runListSearch({ type: vendor, method: SEARCH[vendor].method, credentials: fakeOf().credentials }).then(
			(result) => ({ result, error: undefined as (Error & { description?: string }) | undefined }),
			(error: Error) => ({ result: undefined, error }),
		);

	it('a list search against a vendor that never answers: held = a timeout error within the bound', async () => {
		client.timeouts.requestMs = 300;
		fakeOf().server.on(SEARCH[vendor].operationId, fakeOf().api(() => new Promise(() => {})));
		const started = Date.now();
		const { error } = await search();
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(error?.message).toBe(`${NAME[vendor]} did not answer in time`);
		noSecretIn(JSON.stringify({ message: error?.message, description: (error as { description?: string } | undefined)?.description }));
	});

	it('a list search answered with an HTML page: held = an error that says HTML came back, not an empty list', async () => {
		fakeOf().server.on(SEARCH[vendor].operationId, fakeOf().api(() => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Maintenance</html>' })));
		const { result, error } = await search();
		expect(result).toBeUndefined();
		expect(error?.message).toBe(`${NAME[vendor]} answered HTTP 200 with text/html instead of JSON`);
	});

	it('the credential test against a vendor that never answers: held = it fails within the bound', async () => {
		client.timeouts.requestMs = 300;
		client.timeouts.tokenExchangeMs = 300;
		const { server } = fakeOf();
		server.on('createAccessToken', () => new Promise(() => {}));
		server.on(SEARCH[vendor].operationId, () => new Promise(() => {}));
		for (const operationId of server.operationIds()) if (operationId !== 'createAccessToken') server.on(operationId, () => new Promise(() => {}));
		const started = Date.now();
		const outcome = await testCredential(CREDENTIAL[vendor], fakeOf().credentials[CREDENTIAL[vendor]]);
		client.timeouts.tokenExchangeMs = 30_000;
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(outcome.status).toBe('Error');
		noSecretIn(outcome.message);
	});
});
