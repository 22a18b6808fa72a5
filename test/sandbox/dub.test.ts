/**
 * The Dub sandbox of `npm run demo`: seeded data, a store that Create/Get/Get Many/Update/Delete act on, conversions
 * that create customers, and lead.created deliveries that the Dub Trigger's own signature check accepts.
 */
import { DUB_SANDBOX_API_KEY, startDubSandbox } from '../../scripts/sandbox/dub';
import { verifyHmacSignature } from '../../nodes/shared/signatures';
import { call, Receiver } from './receiver';

let dub: Awaited<ReturnType<typeof startDubSandbox>>;
let receiver: Receiver;
const api = (method: string, path: string, body?: unknown) => call(dub.url, method, path, { token: DUB_SANDBOX_API_KEY, body });

beforeEach(async () => {
	dub = await startDubSandbox({ port: 0 });
	receiver = await Receiver.start();
});
afterEach(async () => {
	await dub.close();
	await receiver.close();
	dub.server.expectNoViolations();
});

describe('Dub sandbox', () => {
	it('serves a seeded workspace: customers newest first, paged by cursor, and one by external ID', async () => {
		const first = await api('GET', '/customers?pageSize=2');
		const next = await api('GET', `/customers?pageSize=2&startingAfter=${first.body[1].id}`);
		const grace = await api('GET', '/customers/ext_user_123?includeExpandedFields=true');

		expect(first.body.map((c: { externalId: string }) => c.externalId)).toEqual(['user_127', 'user_126']);
		expect(next.body.map((c: { externalId: string }) => c.externalId)).toEqual(['user_125', 'user_124']);
		expect(grace.body).toMatchObject({
			id: 'cus_sandbox_123',
			externalId: 'user_123',
			name: 'Grace Hopper',
			email: 'grace@example.com',
			sales: 3,
			saleAmount: 8700,
			link: { shortLink: 'https://dub.sh/launch' },
		});
	});

	it('refuses a wrong API key with Dub’s 401 envelope', async () => {
		const answer = await call(dub.url, 'GET', '/links', { token: 'dub_someone_elses_key' });

		expect(answer.status).toBe(401);
		expect(answer.body).toEqual({
			error: { code: 'unauthorized', message: 'Unauthorized: Invalid API key.', doc_url: 'https://dub.co/docs/api-reference/errors#unauthorized' },
		});
	});

	it('creates links in bulk and breaks clicks down by country', async () => {
		const bulk = await api('POST', '/links/bulk', [
			{ url: 'https://acme.example/a', key: 'bulk-a' },
			{ url: 'https://acme.example/b', key: 'bulk-b' },
		]);
		const byCountry = await api('GET', '/analytics?event=clicks&groupBy=countries&interval=7d');
		const total = await api('GET', '/analytics?event=clicks&groupBy=count');

		expect(bulk.body[0]).toMatchObject({ key: 'bulk-a', shortLink: 'https://dub.sh/bulk-a' });
		expect(bulk.body[1]).toMatchObject({ key: 'bulk-b', shortLink: 'https://dub.sh/bulk-b' });
		const rows = byCountry.body as Array<{ country: string; clicks: number }>;
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.reduce((sum, row) => sum + row.clicks, 0)).toBe(total.body.clicks);
	});

	it('keeps the links it is given: create, get by domain and key, update, search, delete', async () => {
		const created = await api('POST', '/links', { url: 'https://acme.example/docs', key: 'docs', externalId: 'docs_1' });
		const duplicate = await api('POST', '/links', { url: 'https://acme.example/other', key: 'docs' });
		const updated = await api('PATCH', '/links/ext_docs_1', { url: 'https://acme.example/docs/v2' });
		const found = await api('GET', '/links/info?domain=dub.sh&key=docs');
		const searched = await api('GET', '/links?search=docs');
		const deleted = await api('DELETE', `/links/${created.body.id}`);
		const gone = await api('GET', `/links/info?linkId=${created.body.id}`);

		expect(created.body).toMatchObject({ domain: 'dub.sh', key: 'docs', shortLink: 'https://dub.sh/docs', clicks: 0, archived: false });
		expect(duplicate).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
		expect(updated.body).toMatchObject({ id: created.body.id, url: 'https://acme.example/docs/v2' });
		expect(found.body).toMatchObject({ id: created.body.id, url: 'https://acme.example/docs/v2' });
		expect(searched.body.map((l: { key: string }) => l.key)).toEqual(['docs']);
		expect(deleted.body).toEqual({ id: created.body.id });
		expect(gone).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: 'Link not found.' } } });
	});

	it('tracking a lead creates the customer and sends a lead.created the Dub Trigger’s check accepts to each subscribed webhook', async () => {
		const leads = await api('POST', '/webhooks', { name: 'n8n: leads', url: `${receiver.url}/leads`, triggers: ['lead.created'] });
		await api('POST', '/webhooks', { name: 'n8n: sales', url: `${receiver.url}/sales`, triggers: ['sale.created'] });

		const tracked = await api('POST', '/track/lead', {
			clickId: 'rLnWe1uz9t282v7g',
			eventName: 'Sign up',
			customerExternalId: 'user_900',
			customerName: 'Ada Lovelace',
			customerEmail: 'ada@example.com',
		});
		await dub.deliveries.settled();

		expect(tracked.body).toMatchObject({
			click: { id: 'rLnWe1uz9t282v7g' },
			customer: { externalId: 'user_900', name: 'Ada Lovelace', email: 'ada@example.com' },
			link: { shortLink: 'https://dub.sh/launch' },
		});
		expect((await api('GET', '/customers/ext_user_900')).body).toMatchObject({ name: 'Ada Lovelace', sales: 0 });
		expect(receiver.at('/sales')).toEqual([]);
		const [delivery] = receiver.at('/leads');
		expect(receiver.at('/leads')).toHaveLength(1);
		expect(
			verifyHmacSignature({ secret: leads.body.secret, payload: delivery.raw, signature: delivery.headers['dub-signature'] as string }),
		).toEqual({ valid: true });
		expect(leads.body.secret).toMatch(/^whsec_[0-9a-z]{32}$/);
		expect(delivery.body).toMatchObject({
			id: expect.stringMatching(/^evt_/),
			event: 'lead.created',
			data: {
				eventName: 'Sign up',
				customer: { externalId: 'user_900', email: 'ada@example.com' },
				click: { id: 'rLnWe1uz9t282v7g' },
				link: { key: 'launch' },
			},
		});
		expect(verifyHmacSignature({ secret: 'whsec_not_the_secret', payload: delivery.raw, signature: delivery.headers['dub-signature'] as string }).valid).toBe(false);
	});

	it('a sale adds to the customer’s totals once per invoice ID', async () => {
		const first = await api('POST', '/track/sale', { customerExternalId: 'user_124', amount: 4900, currency: 'eur', invoiceId: 'in_1' });
		const again = await api('POST', '/track/sale', { customerExternalId: 'user_124', amount: 4900, currency: 'eur', invoiceId: 'in_1' });

		expect(first.body).toMatchObject({ customer: { externalId: 'user_124' }, sale: { amount: 4900, currency: 'eur', invoiceId: 'in_1' } });
		expect(again.body).toEqual({ eventName: 'Purchase', customer: null, sale: null });
		expect((await api('GET', '/customers/ext_user_124')).body).toMatchObject({ sales: 2, saleAmount: 2900 + 4900 });
	});

	it('creates a partner with a referral link, and updates the same partner when the email comes again', async () => {
		const created = await api('POST', '/partners', { email: 'alan@example.com', name: 'Alan Turing', tenantId: 'user_129' });
		const again = await api('POST', '/partners', { email: 'alan@example.com', name: 'Alan M. Turing', tenantId: 'user_129' });
		const listed = await api('GET', '/partners?tenantId=user_129');

		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ name: 'Alan Turing', email: 'alan@example.com', status: 'approved', links: [{ shortLink: 'https://dub.sh/alan-turing' }] });
		expect(again.body).toMatchObject({ id: created.body.id, name: 'Alan M. Turing' });
		expect(listed.body.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
	});

	it('answers operations it does not play with 501 in Dub’s error format, and refuses requests that break the contract', async () => {
		const tags = await api('GET', '/tags');
		const noUrl = await api('POST', '/links', { key: 'nowhere' });

		expect(tags).toMatchObject({ status: 501, body: { error: { code: 'not_implemented', message: expect.stringContaining('getTags') } } });
		expect(noUrl.status).toBe(422);
		expect(dub.server.violations).toEqual([expect.stringContaining("createLink: /requestBody must have required property 'url'")]);
		dub.server.violations.length = 0;
	});
});
