/**
 * The Lago sandbox of `npm run demo`: seeded organization, customer upserts, usage events that move current usage,
 * and webhook deliveries signed like Lago's that the Lago Trigger's own checks (RS256 JWT, HMAC) accept.
 */
import { LAGO_SANDBOX_API_KEY, LAGO_SANDBOX_HMAC_TOKEN, startLagoSandbox } from '../../scripts/sandbox/lago';
import { verifyHmacSignature, verifyRs256Jwt } from '../../nodes/shared/signatures';
import { call, Receiver } from './receiver';

let lago: Awaited<ReturnType<typeof startLagoSandbox>>;
let receiver: Receiver;
const api = (method: string, path: string, body?: unknown) => call(lago.url, method, path, { token: LAGO_SANDBOX_API_KEY, body });

beforeEach(async () => {
	lago = await startLagoSandbox({ port: 0 });
	receiver = await Receiver.start();
});
afterEach(async () => {
	await lago.close();
	await receiver.close();
	lago.server.expectNoViolations();
});

const endpoint = async (path: string, input: Record<string, unknown> = {}) =>
	(await api('POST', '/webhook_endpoints', { webhook_endpoint: { webhook_url: `${receiver.url}${path}`, signature_algo: 'jwt', ...input } })).body.webhook_endpoint;

/** units and amount per billable metric of a subscription's current usage */
async function currentUsage(customer: string, subscription: string) {
	const { body } = await api('GET', `/customers/${customer}/current_usage?external_subscription_id=${subscription}`);
	return {
		total: body.customer_usage.total_amount_cents,
		charges: Object.fromEntries(
			body.customer_usage.charges_usage.map((c: { billable_metric: { code: string }; units: string; amount_cents: number }) => [
				c.billable_metric.code,
				[c.units, c.amount_cents],
			]),
		),
	};
}

describe('Lago sandbox', () => {
	it('serves a seeded organization: customers in pages with Lago’s meta, their subscriptions, plans and invoices', async () => {
		const page1 = await api('GET', '/customers?page=1&per_page=2');
		const page2 = await api('GET', '/customers?page=2&per_page=2');
		const subscriptions = await api('GET', '/subscriptions?external_customer_id=user_123');
		const plans = await api('GET', '/plans');
		const unpaid = await api('GET', '/invoices?payment_statuses[]=pending');

		expect(page1.body.customers.map((c: { external_id: string }) => c.external_id)).toEqual(['user_123', 'user_124']);
		expect(page1.body.meta).toEqual({ current_page: 1, next_page: 2, prev_page: null, total_pages: 2, total_count: 3 });
		expect(page2.body.customers.map((c: { name: string }) => c.name)).toEqual(['Watanabe Design KK']);
		expect(subscriptions.body.subscriptions).toEqual([
			expect.objectContaining({ external_id: 'sub_user_123', plan_code: 'startup', status: 'active', plan_amount_cents: 4900 }),
		]);
		expect(plans.body.plans.map((p: { code: string }) => p.code)).toEqual(['startup', 'scale']);
		expect(unpaid.body.invoices).toEqual([
			expect.objectContaining({ customer: expect.objectContaining({ external_id: 'user_124' }), payment_status: 'pending', currency: 'USD' }),
		]);
	});

	it('refuses a wrong API key with Lago’s 401', async () => {
		const answer = await call(lago.url, 'GET', '/customers', { token: 'someone_elses_key' });

		expect(answer).toEqual({ status: 401, body: { status: 401, error: 'Unauthorized' } });
	});

	it('creates a customer, updates it when the external ID comes again, and says so to JWT endpoints with a token the Lago Trigger accepts', async () => {
		await endpoint('/all');
		await endpoint('/updates-only', { event_types: ['customer.updated'] });
		const { body: key } = await api('GET', '/webhooks/json_public_key');
		const publicKey = Buffer.from(key.webhook.public_key, 'base64').toString('utf8');

		const created = await api('POST', '/customers', { customer: { external_id: 'user_128', name: 'Ada Lovelace', email: 'ada@example.com' } });
		const updated = await api('POST', '/customers', { customer: { external_id: 'user_128', name: 'Ada King', currency: 'GBP' } });
		await lago.deliveries.settled();

		expect(updated.body.customer).toMatchObject({ lago_id: created.body.customer.lago_id, name: 'Ada King', email: 'ada@example.com', currency: 'GBP' });
		expect((await api('GET', '/customers?search_term=ada')).body.customers).toHaveLength(1);
		const all = receiver.at('/all');
		expect(all.map((d) => d.body.webhook_type)).toEqual(['customer.created', 'customer.updated']);
		expect(receiver.at('/updates-only').map((d) => d.body.webhook_type)).toEqual(['customer.updated']);
		expect(all[0].body).toMatchObject({ object_type: 'customer', customer: { external_id: 'user_128', name: 'Ada Lovelace' } });
		for (const delivery of all) {
			expect(delivery.headers['x-lago-signature-algorithm']).toBe('jwt');
			const check = verifyRs256Jwt({ token: delivery.headers['x-lago-signature'] as string, publicKey });
			expect(check.valid).toBe(true);
			expect(check.claims?.data).toBe(delivery.raw);
		}
		expect(new Set(all.map((d) => d.headers['x-lago-unique-key'])).size).toBe(2);
	});

	it('signs for HMAC endpoints with the organization’s token (base64), as the Lago Trigger checks', async () => {
		await endpoint('/hmac', { signature_algo: 'hmac' });

		await api('POST', '/customers', { customer: { external_id: 'user_130', email: 'hedy@example.com' } });
		await lago.deliveries.settled();

		const [delivery] = receiver.at('/hmac');
		expect(delivery.headers['x-lago-signature-algorithm']).toBe('hmac');
		const signature = delivery.headers['x-lago-signature'] as string;
		expect(verifyHmacSignature({ secret: LAGO_SANDBOX_HMAC_TOKEN, payload: delivery.raw, signature, encoding: 'base64' })).toEqual({ valid: true });
		expect(verifyHmacSignature({ secret: 'another_token', payload: delivery.raw, signature, encoding: 'base64' }).valid).toBe(false);
	});

	it('counts usage events into current usage, priced by the plan, and counts a transaction ID once', async () => {
		const before = await currentUsage('user_123', 'sub_user_123');
		const sent = await api('POST', '/events/batch', {
			events: [
				{ transaction_id: 'tx_1', external_subscription_id: 'sub_user_123', code: 'api_calls' },
				{ transaction_id: 'tx_2', external_subscription_id: 'sub_user_123', code: 'api_calls' },
				{ transaction_id: 'tx_2', external_subscription_id: 'sub_user_123', code: 'api_calls' },
				{ transaction_id: 'tx_3', external_subscription_id: 'sub_user_123', code: 'storage_gb', properties: { gb: 2.5 } },
			],
		});
		const after = await currentUsage('user_123', 'sub_user_123');

		expect(sent.body.events.map((e: { transaction_id: string }) => e.transaction_id)).toEqual(['tx_1', 'tx_2', 'tx_2', 'tx_3']);
		expect(sent.body.events[0]).toMatchObject({ code: 'api_calls', external_subscription_id: 'sub_user_123', lago_customer_id: null });
		// Startup plan: $0.002 per API call, $0.10 per GB.
		expect(before.charges).toEqual({ api_calls: ['42', 8], storage_gb: ['12.5', 125] });
		expect(after.charges).toEqual({ api_calls: ['44', 9], storage_gb: ['15', 150] });
		expect(after.total).toBe(159);
	});

	it('keeps one webhook endpoint per URL, answering a second one with Lago’s validation error', async () => {
		await endpoint('/one');
		const again = await api('POST', '/webhook_endpoints', { webhook_endpoint: { webhook_url: `${receiver.url}/one` } });

		expect(again).toEqual({
			status: 422,
			body: { status: 422, error: 'Unprocessable Entity', code: 'validation_errors', error_details: { webhook_url: ['value_already_exist'] } },
		});
		expect((await api('GET', '/webhook_endpoints')).body.webhook_endpoints).toHaveLength(1);
	});
});
