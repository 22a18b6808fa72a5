/**
 * The Notihub sandbox of `npm run demo`: the token exchange guards the API, seeded customers page from 0, and messages
 * go to the primary contacts the template and the customer's preferences allow, queued first and delivered later.
 */
import { NOTIHUB_SANDBOX_KEYS, startNotihubSandbox } from '../../scripts/sandbox/notihub';
import { call } from './receiver';

let notihub: Awaited<ReturnType<typeof startNotihubSandbox>>;

beforeEach(async () => {
	notihub = await startNotihubSandbox({ port: 0 });
});
afterEach(async () => {
	jest.restoreAllMocks();
	await notihub.close();
	notihub.server.expectNoViolations();
});

async function token(keys = NOTIHUB_SANDBOX_KEYS) {
	const basic = Buffer.from([keys.publicKey, keys.secretKey, keys.clientId, keys.clientSecret].join(':')).toString('base64');
	const response = await fetch(`${notihub.url}/token/`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
	return { status: response.status, body: (await response.json()) as { accessToken?: string; expiresAt?: number; message?: string } };
}

describe('Notihub sandbox', () => {
	it('hands out 6-hour tokens for the sandbox keys only, and the API answers only with a token', async () => {
		const wrong = await token({ ...NOTIHUB_SANDBOX_KEYS, secretKey: 'sk_guess' });
		const right = await token();
		const withoutToken = await call(notihub.url, 'GET', '/customers/', { token: 'made_up' });
		const withToken = await call(notihub.url, 'GET', '/customers/', { token: right.body.accessToken });

		expect(wrong).toEqual({ status: 401, body: { code: 401, message: 'Invalid credentials' } });
		expect(right.body.expiresAt! - Date.now()).toBeGreaterThan(6 * 3600_000 - 60_000);
		expect(withoutToken).toEqual({ status: 401, body: { code: 401, message: 'Invalid access token' } });
		expect(withToken.status).toBe(200);
	});

	it('serves seeded customers in pages counted from 0, and finds them by external ID or email', async () => {
		const { accessToken } = (await token()).body;
		const page0 = await call(notihub.url, 'GET', '/customers/?limit=2&page=0', { token: accessToken });
		const page1 = await call(notihub.url, 'GET', '/customers/?limit=2&page=1', { token: accessToken });
		const byEmail = await call(notihub.url, 'GET', '/customers/?search=linus%40example.com', { token: accessToken });

		expect(page0.body.map((c: { externalId: string }) => c.externalId)).toEqual(['user_123', 'user_124']);
		expect(page1.body.map((c: { externalId: string }) => c.externalId)).toEqual(['user_126']);
		expect(byEmail.body).toEqual([expect.objectContaining({ externalId: 'user_124', language: 'de_DE' })]);
	});

	it('sends a message to the primary contacts the template supports: queued at first, delivered a few seconds later', async () => {
		const { accessToken } = (await token()).body;
		const created = await call(notihub.url, 'POST', '/customers/', {
			token: accessToken,
			body: { externalId: 'user_128', contacts: [{ type: 'EMAIL', value: 'ada@example.com', primary: true }, { type: 'PHONE', value: '+441632960001', primary: true }] },
		});
		const sent = await call(notihub.url, 'POST', '/messages/', {
			token: accessToken,
			body: { customerId: created.body.customerId, templateId: 'welcome', model: { name: 'Ada' } },
		});
		const queued = await call(notihub.url, 'GET', `/messages/${sent.body.messageId}/`, { token: accessToken });
		const now = Date.now();
		jest.spyOn(Date, 'now').mockReturnValue(now + 5000);
		const later = await call(notihub.url, 'GET', `/messages/${sent.body.messageId}/`, { token: accessToken });

		expect(created).toMatchObject({ status: 201, body: { externalId: 'user_128', status: 'ENABLED', contacts: [{ type: 'EMAIL' }, { type: 'PHONE' }] } });
		// "welcome" goes by email and push: the phone number gets nothing, and there is no push token.
		expect(queued.body).toMatchObject({
			messageId: sent.body.messageId,
			request: { customerId: created.body.customerId, templateId: 'welcome', model: '{"name":"Ada"}' },
			deliveries: [{ mechanism: 'EMAIL', provider: 'SENDGRID', status: 'WAITING_IN_QUEUE' }],
		});
		expect(later.body.deliveries).toEqual([{ mechanism: 'EMAIL', provider: 'SENDGRID', status: 'DELIVERED' }]);
	});

	it('follows the customer’s preferences for a template group, unless the message forces a mechanism', async () => {
		const { accessToken } = (await token()).body;
		const linus = '7a0b0000-0000-4000-8000-000000000002';
		const invoice = { customerId: linus, templateId: 'invoice.ready' };

		const byPreference = await call(notihub.url, 'POST', '/messages/', { token: accessToken, body: invoice });
		await call(notihub.url, 'POST', `/customers/${linus}/preferences/`, { token: accessToken, body: [{ templateGroupId: 'billing', mechanisms: ['PHONE'] }] });
		const afterChange = await call(notihub.url, 'POST', '/messages/', { token: accessToken, body: invoice });
		const forced = await call(notihub.url, 'POST', '/messages/', { token: accessToken, body: { ...invoice, force: ['EMAIL', 'PHONE'] } });
		const mechanisms = async (id: string) =>
			(await call(notihub.url, 'GET', `/messages/${id}/`, { token: accessToken })).body.deliveries.map((d: { mechanism: string }) => d.mechanism);

		expect(await mechanisms(byPreference.body.messageId)).toEqual(['EMAIL']);
		expect(await mechanisms(afterChange.body.messageId)).toEqual(['PHONE']);
		expect(await mechanisms(forced.body.messageId)).toEqual(['EMAIL', 'PHONE']);
	});

	it('answers unknown templates and customers with Notihub’s 404 messages', async () => {
		const { accessToken } = (await token()).body;
		const template = await call(notihub.url, 'POST', '/messages/', { token: accessToken, body: { customerId: '7a0b0000-0000-4000-8000-000000000001', templateId: 'nope' } });
		const customer = await call(notihub.url, 'GET', '/customers/00000000-0000-4000-8000-0000000000ff', { token: accessToken });

		expect(template).toEqual({ status: 404, body: { code: 404, message: 'Template Not found' } });
		expect(customer).toEqual({ status: 404, body: { code: 404, message: 'Customer Not found' } });
	});
});
