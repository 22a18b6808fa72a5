/**
 * Secrets in failures. Held: whatever goes wrong (a vendor that echoes the key it was sent, a refused connection,
 * a timeout, a 5xx), no credential key appears anywhere in the run's data: items, errors, descriptions, details.
 */
import { DUB_API_KEY } from '../dub/dubServer';
import { LAGO_API_KEY } from '../lago/lagoServer';
import { KEYS } from '../notihub/notihubServer';
import { runNode } from '../engine';
import { client, expectNoSecrets, GET_ONE, startFake, useFake, type Vendor } from './support';

const GET = GET_ONE;

/** The keys each vendor knows: it may echo them. */
const OWN_KEYS: Record<Vendor, string[]> = { dub: [DUB_API_KEY], lago: [LAGO_API_KEY], notihub: Object.values(KEYS) };

/** What a careless vendor answers: the Authorization header it got, and its keys, in its error. */
const echo = (vendor: Vendor) => (request: any) => {
	const text = `bad auth ${String(request.headers.authorization)} ${OWN_KEYS[vendor].join(' ')}`;
	const body =
		vendor === 'dub' ? { error: { code: 'unauthorized', message: text } } : vendor === 'lago' ? { status: 403, error: text, code: 'forbidden' } : { code: 403, message: text };
	return { status: 403, body };
};

describe.each(['dub', 'lago', 'notihub'] as Vendor[])('%s: no key in any failure', (vendor) => {
	const fakeOf = useFake(vendor);
	afterEach(() => {
		client.timeouts.requestMs = client.DEFAULT_TIMEOUT_MS;
	});

	it('a vendor that echoes the keys in its error: held = the keys are masked (***) in the message', async () => {
		fakeOf().server.on(GET[vendor].operationId, fakeOf().api(echo(vendor)));
		for (const continueOnFail of [false, true]) {
			const result = await fakeOf().run(GET[vendor].parameters, { continueOnFail });
			const text = JSON.stringify(continueOnFail ? result.rawItems : result.error?.message);
			expect(text).toContain('***');
			expectNoSecrets(result);
		}
	});

	it('a refused connection and a timeout: held = errors in words, no key', async () => {
		const closed = await startFake(vendor);
		await closed.server.close();
		const refused = await runNode({ type: vendor, parameters: GET[vendor].parameters, credentials: closed.credentials });
		expect(refused.error?.message).toMatch(/refused the connection|could not reach|token exchange failed/i);
		expectNoSecrets(refused);

		client.timeouts.requestMs = 300;
		fakeOf().server.on(GET[vendor].operationId, fakeOf().api(() => new Promise(() => {})));
		const hung = await fakeOf().run(GET[vendor].parameters);
		expect(hung.error?.message).toMatch(/did not answer in time/);
		expectNoSecrets(hung);
	});
});
