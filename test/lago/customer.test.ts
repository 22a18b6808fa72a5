import type { ContractServer } from '../contract/server';
import { byExternalId, customer, fromList, LAGO_API_KEY, lagoAnswers, lagoRunner, meta, simplifiedCustomer, startLagoServer } from './lagoServer';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startLagoServer();
	run = lagoRunner(server, 'customer');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const usage = (from: string) => ({
	from_datetime: from,
	to_datetime: '2026-08-31T23:59:59Z',
	issuing_date: '2026-09-01',
	currency: 'EUR',
	amount_cents: 1200,
	taxes_amount_cents: 240,
	total_amount_cents: 1440,
	charges_usage: [],
});

describe('Lago › Customer', () => {
	it('gets a customer by external ID, with the bearer key, and outputs the customer itself', async () => {
		server.on('findCustomer', ({ params }) => ({ body: { customer: { ...customer(7), external_id: params.external_customer_id } } }));
		const result = await run({ operation: 'get', customer: byExternalId('cust 7+a'), simplify: false });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ ...customer(7), external_id: 'cust 7+a' }]);
		const [request] = server.calls('findCustomer');
		expect(request.path).toBe('/customers/cust%207%2Ba');
		expect(request.headers.authorization).toBe(`Bearer ${LAGO_API_KEY}`);
	});

	it('Simplify (on by default) keeps the fields a workflow usually needs, for one customer and for many', async () => {
		// A whole record as Lago documents it: billing settings, taxes and integrations included.
		const record = lagoAnswers.complete('findCustomer', { customer: customer(7) }).customer as Record<string, unknown>;
		server.on('findCustomer', { body: { customer: record } });
		server.on('findAllCustomers', { body: { customers: [record], meta: meta(1, 1, 1) } });

		const one = await run({ operation: 'get', customer: byExternalId('cust_7') });
		const many = await run({ operation: 'getAll', returnAll: true });

		expect(one.items).toEqual([simplifiedCustomer(record)]);
		expect(many.items).toEqual([simplifiedCustomer(record)]);
		expect(Object.keys(simplifiedCustomer(record))).toEqual(expect.arrayContaining(['lago_id', 'external_id', 'name', 'email', 'currency']));
		expect(Object.keys(record).length).toBeGreaterThan(Object.keys(one.items[0]).length);
	});

	it('refuses an external ID that would leave the customer path, naming the field and the item', async () => {
		const result = await run({ operation: 'get', customer: byExternalId('={{ $json.id }}') }, { input: [{ id: '../invoices' }] });
		expect(result.error?.message).toBe('Customer cannot contain "/" or "\\", got "../invoices" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('creates or updates a customer with every group of fields nested under "customer"', async () => {
		server.on('createCustomer', ({ body }) => ({ body: lagoAnswers.complete('createCustomer', { customer: { ...customer(1), ...body.customer } }) }));
		const result = await run({
			operation: 'upsert',
			externalId: 'cust_1',
			contact: {
				name: 'Acme Inc',
				email: ' billing@acme.test ',
				country: 'fr',
				city: 'Paris',
				customerType: 'company',
				accountType: 'customer',
				taxIdentificationNumber: 'EU123456789',
			},
			billing: {
				currency: 'eur',
				timezone: 'Europe/Paris',
				netPaymentTerm: 45,
				taxCodes: 'french_standard_vat, eu_reverse',
				finalizeZeroAmountInvoice: 'skip',
			},
			billingConfiguration: {
				paymentProvider: 'stripe',
				paymentProviderCode: 'stripe-eu-1',
				providerCustomerId: 'cus_123',
				providerPaymentMethods: ['card', 'sepa_debit'],
				invoiceGracePeriod: 3,
				documentLocale: 'fr',
			},
			shippingAddress: { addressLine1: '1 rue de la Paix', country: 'fr' },
			metadata: {
				values: [
					{ key: 'Purchase Order', value: '123456789', displayInInvoice: true },
					{ key: 'segment', value: 'smb', displayInInvoice: false },
				],
			},
			integrationCustomers: {
				values: [{ integrationType: 'netsuite', integrationCode: 'netsuite-eu-1', externalCustomerId: '', syncWithProvider: true, subsidiaryId: '2' }],
			},
		});
		expect(result.error).toBeUndefined();
		const sent = server.calls('createCustomer')[0].body;
		expect(sent).toEqual({
			customer: {
				external_id: 'cust_1',
				name: 'Acme Inc',
				email: 'billing@acme.test',
				country: 'FR',
				city: 'Paris',
				customer_type: 'company',
				account_type: 'customer',
				tax_identification_number: 'EU123456789',
				currency: 'EUR',
				timezone: 'Europe/Paris',
				net_payment_term: 45,
				tax_codes: ['french_standard_vat', 'eu_reverse'],
				finalize_zero_amount_invoice: 'skip',
				billing_configuration: {
					payment_provider: 'stripe',
					payment_provider_code: 'stripe-eu-1',
					provider_customer_id: 'cus_123',
					provider_payment_methods: ['card', 'sepa_debit'],
					invoice_grace_period: 3,
					document_locale: 'fr',
				},
				shipping_address: { address_line1: '1 rue de la Paix', country: 'FR' },
				metadata: [
					{ key: 'Purchase Order', value: '123456789', display_in_invoice: true },
					{ key: 'segment', value: 'smb', display_in_invoice: false },
				],
				integration_customers: [
					{ integration_type: 'netsuite', integration_code: 'netsuite-eu-1', sync_with_provider: true, subsidiary_id: '2' },
				],
			},
		});
		expect(result.items).toEqual([lagoAnswers.complete('createCustomer', { customer: { ...customer(1), ...sent.customer } }).customer]);
	});

	it('sends only the external ID when no other field is given', async () => {
		server.on('createCustomer', ({ body }) => ({ body: { customer: { ...customer(2), ...body.customer } } }));
		const result = await run({ operation: 'upsert', externalId: 'cust_2' });
		expect(server.calls('createCustomer')[0].body).toEqual({ customer: { external_id: 'cust_2' } });
		expect(result.items).toEqual([{ ...customer(2), external_id: 'cust_2' }]);
	});

	it('refuses an invalid email or currency before sending, naming the field and the item', async () => {
		server.on('createCustomer', ({ body }) => ({ body: { customer: { ...customer(1), ...body.customer } } }));
		const badEmail = await run(
			{ operation: 'upsert', externalId: '={{ $json.id }}', contact: { email: '={{ $json.email }}' } },
			{ input: [{ id: 'a', email: 'a@example.com' }, { id: 'b', email: 'not-an-email' }] },
		);
		expect(badEmail.error?.message).toBe('Email is not a valid email address: "not-an-email" (item 1)');

		const badCurrency = await run({ operation: 'upsert', externalId: 'c', billing: { currency: 'euro' } });
		expect(badCurrency.error?.message).toBe(
			'Currency must be a three-letter ISO 4217 currency code such as "USD", got "euro" (item 0)',
		);
		expect(server.calls('createCustomer').map((r) => r.body.customer.external_id)).toEqual(['a']);
	});

	it('turns a 422 into an error that lists the fields Lago refused', async () => {
		server.on('createCustomer', {
			status: 422,
			body: {
				status: 422,
				error: 'Unprocessable Entity',
				code: 'validation_errors',
				error_details: { email: ['invalid_format'], currency: ['currencies_does_not_match'] },
			},
		});
		const result = await run({ operation: 'upsert', externalId: 'cust_1', billing: { currency: 'USD' } });
		expect(result.error?.message).toBe('Lago refused the data: email: invalid format; currency: currencies does not match');
		expect(result.error?.description).toBe('Field by field:\n• email: invalid format\n• currency: currencies does not match');
		expect(result.error?.httpCode).toBe('422');
		expect(result.items).toEqual([]);
	});

	it('turns a 404 into "Customer not found"', async () => {
		server.on('findCustomer', { status: 404, body: { status: 404, error: 'Not Found', code: 'customer_not_found' } });
		const result = await run({ operation: 'get', customer: byExternalId('nobody') });
		expect(result.error?.message).toBe('Customer not found');
		expect(result.error?.description).toContain('Lago has no customer with this ID');
		expect(result.error?.httpCode).toBe('404');
	});

	it('continues on fail with the Lago error on the failing item only', async () => {
		server.on('findCustomer', ({ params }) =>
			params.external_customer_id === 'nobody'
				? { status: 404, body: { status: 404, error: 'Not Found', code: 'customer_not_found' } }
				: { body: { customer: customer(1) } },
		);
		const result = await run(
			{ operation: 'get', customer: byExternalId('={{ $json.id }}'), simplify: false },
			{ input: [{ id: 'nobody' }, { id: 'cust_1' }], continueOnFail: true },
		);
		expect(result.items[0]).toEqual({ error: 'Customer not found' });
		expect(result.rawItems[0].error?.message).toBe('Customer not found');
		expect(result.items[1]).toEqual(customer(1));
	});

	it('refuses an empty customer before sending', async () => {
		const result = await run({ operation: 'delete', customer: byExternalId('={{ $json.id }}') }, { input: [{ id: ' ' }] });
		expect(result.error?.message).toBe('Customer is required (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('deletes a customer and outputs { deleted: true, id } with its external ID', async () => {
		server.on('destroyCustomer', { body: { customer: customer(5) } });
		const result = await run({ operation: 'delete', customer: fromList('cust_5') });
		const [request] = server.calls('destroyCustomer');
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/customers/cust_5');
		expect(result.items).toEqual([{ deleted: true, id: 'cust_5' }]);
	});

	it('gets many customers with every filter, and Limit sets the page size', async () => {
		server.on('findAllCustomers', { body: { customers: [1, 2, 3].map(customer), meta: meta(1, 4, 12) } });
		const result = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			simplify: false,
			filters: {
				searchTerm: 'acme',
				countries: 'us, fr',
				currencies: 'usd',
				accountTypes: ['customer', 'partner'],
				customerType: 'company',
				metadata: { values: [{ key: 'is_synced', value: 'true' }, { key: 'last_synced_at', value: '' }] },
			},
		});
		expect(result.items).toEqual([1, 2, 3].map(customer));
		expect(server.calls('findAllCustomers')).toHaveLength(1);
		expect(server.calls('findAllCustomers')[0].query).toEqual({
			page: '1',
			per_page: '3',
			search_term: 'acme',
			'countries[]': ['US', 'FR'],
			'currencies[]': 'USD',
			'account_type[]': ['customer', 'partner'],
			customer_type: 'company',
			'metadata[is_synced]': 'true',
			'metadata[last_synced_at]': '',
		});
	});

	it('refuses a malformed country filter before sending', async () => {
		const result = await run({ operation: 'getAll', filters: { countries: 'US, France' } });
		expect(result.error?.message).toBe('Countries has an invalid code "FRANCE" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('Return All walks page by page until meta.next_page is null', async () => {
		const all = Array.from({ length: 250 }, (_, i) => customer(i + 1));
		server.on('findAllCustomers', ({ query }) => {
			const page = Number(query.page);
			const size = Number(query.per_page);
			return {
				body: { customers: all.slice((page - 1) * size, page * size), meta: meta(page, Math.ceil(all.length / size), all.length) },
			};
		});
		const result = await run({ operation: 'getAll', returnAll: true, simplify: false });
		expect(result.items).toEqual(all);
		expect(server.calls('findAllCustomers').map((r) => r.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
			{ page: '3', per_page: '100' },
		]);
	});

	it('Limit above one page stops as soon as it has enough', async () => {
		const all = Array.from({ length: 250 }, (_, i) => customer(i + 1));
		server.on('findAllCustomers', ({ query }) => {
			const page = Number(query.page);
			const size = Number(query.per_page);
			return { body: { customers: all.slice((page - 1) * size, page * size), meta: meta(page, Math.ceil(250 / size), 250) } };
		});
		const result = await run({ operation: 'getAll', returnAll: false, limit: 150, simplify: false });
		expect(result.items).toEqual(all.slice(0, 150));
		expect(server.calls('findAllCustomers').map((r) => r.query.page)).toEqual(['1', '2']);
	});

	it('waits for x-ratelimit-reset after a 429 and sends the same request again', async () => {
		let attempts = 0;
		server.on('findCustomer', () =>
			++attempts === 1
				? {
						status: 429,
						headers: { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' },
						body: { status: 429, error: 'Too Many Requests' },
					}
				: { body: { customer: customer(3) } },
		);
		const started = Date.now();
		const result = await run({ operation: 'get', customer: byExternalId('cust_3'), simplify: false });
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(result.items).toEqual([customer(3)]);
		expect(server.calls('findCustomer').map((r) => r.path)).toEqual(['/customers/cust_3', '/customers/cust_3']);
	});

	it('gives up after a bounded number of 429s with the Lago message', async () => {
		server.on('findCustomer', {
			status: 429,
			headers: { 'x-ratelimit-reset': '0' },
			body: { status: 429, error: 'Too Many Requests' },
		});
		const result = await run({ operation: 'get', customer: byExternalId('cust_3') });
		expect(result.error?.message).toBe('Too Many Requests');
		expect(result.error?.httpCode).toBe('429');
		expect(server.calls('findCustomer')).toHaveLength(4);
	});

	it('gets the current usage of a subscription with its options', async () => {
		server.on('findCustomerCurrentUsage', { body: { customer_usage: usage('2026-08-01T00:00:00Z') } });
		const result = await run({
			operation: 'getCurrentUsage',
			customer: byExternalId('cust_1'),
			subscription: byExternalId('sub_1'),
			usageOptions: { applyTaxes: false, billableMetricCode: 'storage', chargeCode: 'storage_charge', fullUsage: true },
		});
		const [request] = server.calls('findCustomerCurrentUsage');
		expect(request.path).toBe('/customers/cust_1/current_usage');
		expect(request.query).toEqual({
			external_subscription_id: 'sub_1',
			apply_taxes: 'false',
			billable_metric_code: 'storage',
			charge_code: 'storage_charge',
			full_usage: 'true',
		});
		expect(result.items).toEqual([usage('2026-08-01T00:00:00Z')]);
	});

	it('refuses current usage without a subscription before sending', async () => {
		const result = await run(
			{ operation: 'getCurrentUsage', customer: byExternalId('cust_1'), subscription: byExternalId('={{ $json.sub }}') },
			{ input: [{ sub: '' }] },
		);
		expect(result.error?.message).toBe('Subscription is required (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets past usage across pages, one item per billing period', async () => {
		const periods = ['2026-07-01T00:00:00Z', '2026-06-01T00:00:00Z', '2026-05-01T00:00:00Z'].map(usage);
		server.on('findAllCustomerPastUsage', ({ query }) => {
			const page = Number(query.page);
			return { body: { usage_periods: periods.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({
			operation: 'getPastUsage',
			customer: byExternalId('cust_1'),
			subscription: fromList('sub_1'),
			returnAll: true,
			pastUsageOptions: { billableMetricCode: 'cpu', periodsCount: 3 },
		});
		expect(result.items).toEqual(periods);
		expect(server.calls('findAllCustomerPastUsage').map((r) => [r.path, r.query])).toEqual([
			['/customers/cust_1/past_usage', { external_subscription_id: 'sub_1', billable_metric_code: 'cpu', periods_count: '3', page: '1', per_page: '100' }],
			['/customers/cust_1/past_usage', { external_subscription_id: 'sub_1', billable_metric_code: 'cpu', periods_count: '3', page: '2', per_page: '100' }],
		]);
	});

	it('generates a checkout URL', async () => {
		const answer = {
			lago_customer_id: customer(1).lago_id,
			external_customer_id: 'cust_1',
			payment_provider: 'stripe',
			checkout_url: 'https://checkout.stripe.com/c/pay/abc',
		};
		server.on('generateCustomerCheckoutURL', { body: { customer: answer } });
		const result = await run({ operation: 'generateCheckoutUrl', customer: byExternalId('cust_1') });
		const [request] = server.calls('generateCustomerCheckoutURL');
		expect([request.method, request.path]).toEqual(['POST', '/customers/cust_1/checkout_url']);
		expect(result.items).toEqual([answer]);
	});

	it('gets the portal URL', async () => {
		server.on('getCustomerPortalUrl', { body: { customer: { portal_url: 'https://app.getlago.com/customer-portal/xyz' } } });
		const result = await run({ operation: 'getPortalUrl', customer: fromList('cust_1') });
		expect(server.calls('getCustomerPortalUrl')[0].path).toBe('/customers/cust_1/portal_url');
		expect(result.items).toEqual([{ portal_url: 'https://app.getlago.com/customer-portal/xyz' }]);
	});
});
