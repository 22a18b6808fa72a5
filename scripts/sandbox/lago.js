'use strict';
/**
 * A Lago-compatible sandbox (paths under /api/v1): customers, plans, billable metrics, subscriptions, usage events
 * (current usage is computed from them), invoices, coupons and webhook endpoints, kept in memory and seeded with a
 * small organization. Every request is validated against Lago's OpenAPI document.
 *
 * Webhook endpoints receive deliveries signed like Lago signs them (app/models/webhook.rb in getlago/lago-api): with
 * `jwt`, `X-Lago-Signature` is an RS256 JWT whose `data` claim is the raw body, made with an RSA key generated at
 * start whose public key `GET /webhooks/json_public_key` serves; with `hmac`, it is the base64 HMAC-SHA256 of the
 * body keyed with the organization's HMAC token (LAGO_SANDBOX_HMAC_TOKEN, put in the sandbox credential).
 */
const { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign } = require('node:crypto');

const { lagoDocuments } = require('../lib/specs');
const { SchemaFiller } = require('./schema');
const { lagoWebhookEndpointRegistry } = require('./lagoWebhooks');
const { Deliveries, Table, contains, daysAgo, isoNow, lagoPage, listParameter, randomId, startService } = require('./service');

const LAGO_SANDBOX_API_KEY = 'lago_sandbox_key_not_a_secret';
const LAGO_SANDBOX_HMAC_TOKEN = 'lago_sandbox_hmac_token_not_a_secret';
const ORGANIZATION_ID = '0a9a0a9a-5a4d-4b0e-9000-5a4db0e00001';
const ISSUER = 'https://api.getlago.com';

const fail = (status, error, code, details) => ({
	status,
	body: { status, error, ...(code ? { code } : {}), ...(details ? { error_details: details } : {}) },
});
const notFound = (resource) => fail(404, 'Not Found', `${resource}_not_found`);
const invalid = (details) => fail(422, 'Unprocessable Entity', 'validation_errors', details);

const KINDS = { customer: 1, metric: 2, charge: 3, plan: 4, subscription: 5, invoice: 6, coupon: 7 };
/** A uuid that reads as seed data: `5a4d0000-…-<kind><n>` */
const seedUuid = (kind, n) => `5a4d0000-0000-4000-8000-${KINDS[kind]}${String(n).padStart(11, '0')}`;

/** Ruby's Base64.encode64, which Lago uses for its public key: a line break after every 60 characters and at the end. */
const rubyEncode64 = (text) => `${Buffer.from(text).toString('base64').match(/.{1,60}/g).join('\n')}\n`;

const b64url = (value) => Buffer.from(value).toString('base64url');

function startOfMonth(offset = 0) {
	const date = new Date();
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
}

const billableMetrics = [
	{ lago_id: seedUuid('metric', 1), name: 'API Calls', code: 'api_calls', description: 'Requests to the Acme API', aggregation_type: 'count_agg', field_name: null, recurring: false, weighted_interval: null, filters: [], created_at: daysAgo(200) },
	{ lago_id: seedUuid('metric', 2), name: 'Storage', code: 'storage_gb', description: 'Gigabytes stored, summed over the period', aggregation_type: 'sum_agg', field_name: 'gb', recurring: false, weighted_interval: null, filters: [], created_at: daysAgo(200) },
	{ lago_id: seedUuid('metric', 3), name: 'Seats', code: 'seats', description: 'Distinct users active in the period', aggregation_type: 'unique_count_agg', field_name: 'user_id', recurring: false, weighted_interval: null, filters: [], created_at: daysAgo(200) },
];

/** Plans with a monthly fee and per-unit charges; `unit` is the price per unit in the plan's currency. */
function seedPlans() {
	const charge = (n, metric, unit) => ({
		lago_id: seedUuid('charge', n),
		lago_billable_metric_id: billableMetrics.find((m) => m.code === metric).lago_id,
		billable_metric_code: metric,
		invoice_display_name: billableMetrics.find((m) => m.code === metric).name,
		charge_model: 'standard',
		pay_in_advance: false,
		invoiceable: true,
		prorated: false,
		min_amount_cents: 0,
		properties: { amount: unit },
		filters: [],
		taxes: [],
		created_at: daysAgo(200),
	});
	const plan = (n, name, code, amountCents, charges, description) => ({
		lago_id: seedUuid('plan', n),
		name,
		invoice_display_name: name,
		code,
		interval: 'monthly',
		description,
		amount_cents: amountCents,
		amount_currency: 'USD',
		trial_period: 0,
		pay_in_advance: true,
		bill_charges_monthly: null,
		active_subscriptions_count: 0,
		draft_invoices_count: 0,
		charges,
		taxes: [],
		created_at: daysAgo(200),
	});
	return [
		plan(1, 'Startup', 'startup', 4900, [charge(1, 'api_calls', '0.002'), charge(2, 'storage_gb', '0.1')], '$49 a month, API calls and storage billed per use'),
		plan(2, 'Scale', 'scale', 19900, [charge(3, 'api_calls', '0.001'), charge(4, 'storage_gb', '0.05'), charge(5, 'seats', '5')], '$199 a month, lower unit prices, $5 per active seat'),
	];
}

function customerRecord(input, n) {
	const now = isoNow();
	const { metadata, billing_configuration: billing, ...fields } = input;
	return {
		lago_id: n ? seedUuid('customer', n) : randomUUID(),
		sequential_id: n ?? null,
		slug: n ? `acme-${String(n).padStart(3, '0')}` : null,
		external_id: input.external_id,
		account_type: 'customer',
		name: null,
		firstname: null,
		lastname: null,
		customer_type: null,
		email: null,
		currency: null,
		country: null,
		timezone: null,
		applicable_timezone: 'UTC',
		net_payment_term: null,
		tax_identification_number: null,
		created_at: now,
		updated_at: now,
		...fields,
		billing_configuration: { invoice_grace_period: 0, document_locale: 'en', ...(billing ?? {}) },
		metadata: (metadata ?? []).map((m) => ({ lago_id: randomUUID(), created_at: now, display_in_invoice: false, ...m })),
		taxes: [],
		integration_customers: [],
	};
}

function seedCustomers() {
	return [
		customerRecord({ external_id: 'user_123', name: 'Grace Hopper', firstname: 'Grace', lastname: 'Hopper', customer_type: 'individual', email: 'grace@example.com', currency: 'USD', country: 'US', created_at: daysAgo(40), billing_configuration: { payment_provider: 'stripe', payment_provider_code: 'stripe_sandbox', provider_customer_id: 'cus_SandboxGrace01' } }, 1),
		customerRecord({ external_id: 'user_124', name: 'Linus Larsen', firstname: 'Linus', lastname: 'Larsen', customer_type: 'individual', email: 'linus@example.com', currency: 'EUR', country: 'DE', created_at: daysAgo(32) }, 2),
		customerRecord({ external_id: 'user_126', name: 'Watanabe Design KK', legal_name: 'Watanabe Design KK', customer_type: 'company', email: 'kenji@example.com', currency: 'USD', country: 'JP', created_at: daysAgo(15) }, 3),
	];
}

function subscriptionRecord(input, customer, plan, n) {
	const now = isoNow();
	const startedAt = input.subscription_at ?? now;
	const pending = new Date(startedAt).getTime() > Date.now();
	return {
		lago_id: n ? seedUuid('subscription', n) : randomUUID(),
		external_id: input.external_id,
		lago_customer_id: customer.lago_id,
		external_customer_id: customer.external_id,
		billing_time: input.billing_time ?? 'calendar',
		name: input.name ?? null,
		plan_code: plan.code,
		plan_amount_cents: plan.amount_cents,
		plan_amount_currency: plan.amount_currency,
		status: pending ? 'pending' : 'active',
		created_at: input.created_at ?? now,
		canceled_at: null,
		started_at: pending ? null : startedAt,
		ending_at: input.ending_at ?? null,
		subscription_at: startedAt,
		terminated_at: null,
		previous_plan_code: null,
		next_plan_code: null,
		downgrade_plan_date: null,
		trial_ended_at: null,
		current_billing_period_started_at: startOfMonth().toISOString(),
		current_billing_period_ending_at: new Date(startOfMonth(1).getTime() - 1000).toISOString(),
		on_termination_credit_note: 'credit',
		on_termination_invoice: 'generate',
	};
}

function invoiceRecord(n, subscription, customer, plan, monthsAgo, paymentStatus) {
	const issued = startOfMonth(-monthsAgo + 1).toISOString().slice(0, 10);
	const usage = 1200 + n * 317;
	const total = plan.amount_cents + usage;
	return {
		lago_id: seedUuid('invoice', n),
		sequential_id: n,
		number: `ACM-${String(customer.sequential_id ?? 0).padStart(3, '0')}-${String(n).padStart(3, '0')}`,
		issuing_date: issued,
		payment_due_date: issued,
		net_payment_term: 0,
		invoice_type: 'subscription',
		status: 'finalized',
		payment_status: paymentStatus,
		payment_overdue: false,
		currency: plan.amount_currency,
		fees_amount_cents: total,
		coupons_amount_cents: 0,
		credit_notes_amount_cents: 0,
		sub_total_excluding_taxes_amount_cents: total,
		taxes_amount_cents: 0,
		sub_total_including_taxes_amount_cents: total,
		prepaid_credit_amount_cents: 0,
		progressive_billing_credit_amount_cents: 0,
		total_amount_cents: total,
		total_due_amount_cents: paymentStatus === 'succeeded' ? 0 : total,
		version_number: 4,
		self_billed: false,
		file_url: `https://lago.example/invoices/${seedUuid('invoice', n)}.pdf`,
		created_at: `${issued}T00:05:00Z`,
		updated_at: `${issued}T00:05:00Z`,
		customer: { lago_id: customer.lago_id, external_id: customer.external_id, name: customer.name, email: customer.email, currency: customer.currency, country: customer.country },
		subscriptions: [{ lago_id: subscription.lago_id, external_id: subscription.external_id, plan_code: subscription.plan_code, status: subscription.status }],
		metadata: [],
		applied_taxes: [],
		fees: [],
		credits: [],
	};
}

function couponRecord(n, input) {
	return {
		lago_id: seedUuid('coupon', n),
		reusable: true,
		limited_plans: false,
		plan_codes: [],
		limited_billable_metrics: false,
		billable_metric_codes: [],
		expiration: 'no_expiration',
		expiration_at: null,
		created_at: daysAgo(100),
		terminated_at: null,
		amount_cents: null,
		amount_currency: null,
		percentage_rate: null,
		frequency_duration: null,
		description: null,
		...input,
	};
}

/** Aggregates `events` of one metric as Lago would for the metric's aggregation type. */
function aggregate(metric, events) {
	if (metric.aggregation_type === 'count_agg') return events.length;
	const values = events.map((e) => e.properties?.[metric.field_name]).filter((v) => v !== undefined && v !== null);
	if (metric.aggregation_type === 'unique_count_agg') return new Set(values.map(String)).size;
	if (metric.aggregation_type === 'max_agg') return values.length ? Math.max(...values.map(Number)) : 0;
	return values.reduce((sum, v) => sum + (Number(v) || 0), 0);
}

/** Lago's `timestamp`: ISO text, or Unix seconds as a number or text (decimals for milliseconds). */
function eventTime(timestamp) {
	if (timestamp === undefined || timestamp === null || timestamp === '') return isoNow();
	const numeric = Number(timestamp);
	return Number.isFinite(numeric) ? new Date(numeric * 1000).toISOString() : new Date(String(timestamp)).toISOString();
}

/**
 * @param {{ host?: string, port?: number, publicHost?: string, log?: (message: string) => void,
 *   state?: { endpoints?: object[], privateKeyPem?: string }, onStateChange?: () => void }} [options]
 *   `state` is what `persistentState()` returned in an earlier run: the webhook endpoints n8n registered and the key
 *   deliveries are signed with (the Lago Trigger keeps the public key). `onStateChange` is called whenever it changes.
 */
async function startLagoSandbox(options = {}) {
	const documents = lagoDocuments();
	const payloads = new SchemaFiller(documents);
	const privateKey = options.state?.privateKeyPem
		? createPrivateKey(options.state.privateKeyPem)
		: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
	const keys = { privateKey, publicKey: createPublicKey(privateKey) };
	const publicKeyPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
	const changed = () => options.onStateChange?.();

	const plans = new Table('code', seedPlans());
	const metrics = new Table('code', billableMetrics);
	const customers = new Table('external_id', seedCustomers());
	const subscriptions = new Table('external_id');
	const seededSubscriptions = [
		['sub_user_123', 'user_123', 'startup', 40],
		['sub_user_124', 'user_124', 'startup', 32],
		['sub_user_126', 'user_126', 'scale', 15],
	];
	seededSubscriptions.forEach(([external_id, customerId, planCode, days], i) =>
		subscriptions.put(
			subscriptionRecord({ external_id, subscription_at: daysAgo(days), created_at: daysAgo(days) }, customers.get(customerId), plans.get(planCode), i + 1),
		),
	);
	const invoices = new Table('lago_id');
	let invoiceCount = 0;
	for (const subscription of subscriptions.all()) {
		const customer = customers.get(subscription.external_customer_id);
		const plan = plans.get(subscription.plan_code);
		invoices.put(invoiceRecord(++invoiceCount, subscription, customer, plan, 2, 'succeeded'));
		invoices.put(invoiceRecord(++invoiceCount, subscription, customer, plan, 1, subscription.external_id === 'sub_user_124' ? 'pending' : 'succeeded'));
	}
	const coupons = new Table('code', [
		couponRecord(1, { name: 'Startup Deal', code: 'startup_deal', coupon_type: 'fixed_amount', amount_cents: 2000, amount_currency: 'USD', frequency: 'once', description: '$20 off the first invoice' }),
		couponRecord(2, { name: 'Launch 20%', code: 'launch_20', coupon_type: 'percentage', percentage_rate: '20.0', frequency: 'recurring', frequency_duration: 3, description: '20% off for 3 months' }),
	]);
	const appliedCoupons = new Table('lago_id');
	const applyCouponRecord = (customer, coupon, input = {}) =>
		appliedCoupons.put({
			lago_id: randomUUID(),
			lago_coupon_id: coupon.lago_id,
			coupon_code: coupon.code,
			coupon_name: coupon.name,
			lago_customer_id: customer.lago_id,
			external_customer_id: customer.external_id,
			status: 'active',
			amount_cents: input.amount_cents ?? coupon.amount_cents,
			amount_cents_remaining: input.amount_cents ?? coupon.amount_cents,
			amount_currency: input.amount_currency ?? coupon.amount_currency,
			percentage_rate: input.percentage_rate ?? coupon.percentage_rate,
			frequency: input.frequency ?? coupon.frequency,
			frequency_duration: input.frequency_duration ?? coupon.frequency_duration,
			frequency_duration_remaining: input.frequency_duration ?? coupon.frequency_duration,
			expiration_at: null,
			created_at: isoNow(),
			terminated_at: null,
		});
	applyCouponRecord(customers.get('user_124'), coupons.get('startup_deal'));

	const events = new Table('transaction_id');
	const recordEvent = (input) => {
		const subscription = subscriptions.get(input.external_subscription_id);
		const event = {
			lago_id: randomUUID(),
			transaction_id: input.transaction_id,
			lago_customer_id: subscription?.lago_customer_id ?? null,
			code: input.code,
			timestamp: eventTime(input.timestamp),
			precise_total_amount_cents: input.precise_total_amount_cents ?? null,
			properties: input.properties ?? {},
			lago_subscription_id: subscription?.lago_id ?? null,
			external_subscription_id: input.external_subscription_id,
			created_at: isoNow(),
		};
		// Lago keeps the first event of a transaction ID and ignores repeats.
		return events.get(event.transaction_id) ?? events.put(event);
	};
	// Lago processes events after answering, so its answer names no customer yet.
	const accepted = (event) => ({ ...event, lago_customer_id: null });
	// Some usage in the current billing period (the calendar month), so that current usage shows numbers before the
	// first batch is sent.
	const inThisPeriod = (minutes) => new Date(startOfMonth().getTime() + minutes * 60_000).toISOString();
	for (let i = 1; i <= 42; i++) {
		recordEvent({ transaction_id: `seed_api_${i}`, external_subscription_id: 'sub_user_123', code: 'api_calls', timestamp: inThisPeriod(i) });
	}
	recordEvent({ transaction_id: 'seed_storage_1', external_subscription_id: 'sub_user_123', code: 'storage_gb', properties: { gb: 12.5 }, timestamp: inThisPeriod(60) });

	let say = () => {};
	/** The one fake of Lago's webhook-endpoint registry (scripts/sandbox/lagoWebhooks.js), shared with the tests. */
	const endpoints = lagoWebhookEndpointRegistry({
		endpoints: options.state?.endpoints,
		organizationId: ORGANIZATION_ID,
		onChange: changed,
		log: (message) => say(message),
	});
	const deliveries = new Deliveries((message) => say(message));

	/** Sends a webhook of `type` about `object` to every endpoint that listens to it, signed as the endpoint asks. */
	function emit(type, objectType, object, component) {
		for (const endpoint of endpoints.all()) {
			if (Array.isArray(endpoint.event_types) && !endpoint.event_types.includes(type)) continue;
			const body = JSON.stringify({ webhook_type: type, object_type: objectType, organization_id: ORGANIZATION_ID, [objectType]: payloads.complete({ $ref: `#/components/schemas/${component}` }, object) });
			let signature;
			if (endpoint.signature_algo === 'hmac') {
				signature = createHmac('sha256', LAGO_SANDBOX_HMAC_TOKEN).update(body, 'utf8').digest('base64');
			} else {
				const input = `${b64url(JSON.stringify({ alg: 'RS256' }))}.${b64url(JSON.stringify({ data: body, iss: ISSUER }))}`;
				signature = `${input}.${b64url(sign('RSA-SHA256', Buffer.from(input), keys.privateKey))}`;
			}
			void deliveries.send({
				url: endpoint.webhook_url,
				event: type,
				body,
				headers: {
					'X-Lago-Signature': signature,
					'X-Lago-Signature-Algorithm': endpoint.signature_algo,
					'X-Lago-Unique-Key': randomUUID(),
				},
			});
		}
	}

	/** Usage of a subscription between two instants, per charge of its plan. */
	function usage(subscription, from, to) {
		const plan = plans.get(subscription.plan_code);
		const inPeriod = events.filter(
			(e) => e.external_subscription_id === subscription.external_id && e.timestamp >= from.toISOString() && e.timestamp < to.toISOString(),
		);
		const chargesUsage = plan.charges.map((charge) => {
			const metric = metrics.get(charge.billable_metric_code);
			const own = inPeriod.filter((e) => e.code === metric.code);
			const units = aggregate(metric, own);
			const amountCents = Math.round(units * Number(charge.properties.amount) * 100);
			return {
				units: String(units),
				total_aggregated_units: String(units),
				events_count: own.length,
				amount_cents: amountCents,
				amount_currency: plan.amount_currency,
				pricing_unit_details: null,
				charge: { lago_id: charge.lago_id, charge_model: charge.charge_model, invoice_display_name: charge.invoice_display_name },
				billable_metric: { lago_id: metric.lago_id, name: metric.name, code: metric.code, aggregation_type: metric.aggregation_type },
				filters: [],
				grouped_usage: [],
			};
		});
		const amount = chargesUsage.reduce((sum, c) => sum + c.amount_cents, 0);
		return {
			from_datetime: from.toISOString(),
			to_datetime: to.toISOString(),
			issuing_date: to.toISOString().slice(0, 10),
			lago_invoice_id: null,
			currency: plan.amount_currency,
			amount_cents: amount,
			taxes_amount_cents: 0,
			total_amount_cents: amount,
			charges_usage: chargesUsage,
		};
	}

	const customerSubscription = (customer, query) => {
		const subscription = subscriptions.get(query.external_subscription_id);
		return subscription && subscription.external_customer_id === customer.external_id ? subscription : undefined;
	};

	const handlers = {
		// ---- customers
		createCustomer({ body }) {
			const input = body.customer;
			const existing = customers.get(input.external_id);
			if (existing) {
				const { metadata, billing_configuration: billing, ...fields } = input;
				Object.assign(existing, fields, { updated_at: isoNow() });
				if (billing) Object.assign(existing.billing_configuration, billing);
				if (metadata) existing.metadata = customerRecord({ external_id: existing.external_id, metadata }).metadata;
				emit('customer.updated', 'customer', existing, 'CustomerObjectExtended');
				return { body: { customer: existing } };
			}
			const sequence = customers.size + 1;
			const customer = customers.put({ ...customerRecord(input), sequential_id: sequence, slug: `acme-${String(sequence).padStart(3, '0')}` });
			emit('customer.created', 'customer', customer, 'CustomerObjectExtended');
			return { body: { customer } };
		},
		findAllCustomers({ query }) {
			let list = customers.all();
			if (query.search_term) {
				list = list.filter((c) => [c.name, c.firstname, c.lastname, c.email, c.external_id, c.legal_name].some((v) => contains(v, query.search_term)));
			}
			const countries = listParameter(query, 'countries');
			if (countries) list = list.filter((c) => countries.includes(c.country));
			const currencies = listParameter(query, 'currencies');
			if (currencies) list = list.filter((c) => currencies.includes(c.currency));
			const accountTypes = listParameter(query, 'account_type');
			if (accountTypes) list = list.filter((c) => accountTypes.includes(c.account_type));
			if (query.customer_type) list = list.filter((c) => c.customer_type === query.customer_type);
			for (const [name, value] of Object.entries(query)) {
				const key = /^metadata\[(.+)\]$/.exec(name)?.[1];
				if (key) list = list.filter((c) => c.metadata.some((m) => m.key === key && m.value === value));
			}
			return lagoPage(list, query, 'customers');
		},
		findCustomer({ params }) {
			const customer = customers.get(params.external_customer_id);
			return customer ? { body: { customer } } : notFound('customer');
		},
		destroyCustomer({ params }) {
			const customer = customers.delete(params.external_customer_id);
			if (!customer) return notFound('customer');
			for (const subscription of subscriptions.filter((s) => s.external_customer_id === customer.external_id)) {
				Object.assign(subscription, { status: 'terminated', terminated_at: isoNow() });
			}
			return { body: { customer } };
		},
		findCustomerCurrentUsage({ params, query }) {
			const customer = customers.get(params.external_customer_id);
			if (!customer) return notFound('customer');
			const subscription = customerSubscription(customer, query);
			if (!subscription) return notFound('subscription');
			return { body: { customer_usage: usage(subscription, startOfMonth(), startOfMonth(1)) } };
		},
		findAllCustomerPastUsage({ params, query }) {
			const customer = customers.get(params.external_customer_id);
			if (!customer) return notFound('customer');
			const subscription = customerSubscription(customer, query);
			if (!subscription) return notFound('subscription');
			const periods = [];
			for (let back = 1; back <= Number(query.periods_count ?? 3); back++) {
				const from = startOfMonth(-back);
				if (startOfMonth(-back + 1).getTime() <= new Date(subscription.created_at).getTime()) break;
				const period = usage(subscription, from, startOfMonth(-back + 1));
				if (query.billable_metric_code) {
					period.charges_usage = period.charges_usage.filter((c) => c.billable_metric.code === query.billable_metric_code);
				}
				period.lago_invoice_id = invoices.find((i) => i.subscriptions[0].external_id === subscription.external_id && i.issuing_date === startOfMonth(-back + 1).toISOString().slice(0, 10))?.lago_id ?? null;
				periods.push(period);
			}
			return lagoPage(periods, query, 'usage_periods');
		},
		getCustomerPortalUrl({ params }) {
			const customer = customers.get(params.external_customer_id);
			if (!customer) return notFound('customer');
			return { body: { customer: { portal_url: `https://app.getlago.com/customer-portal/sandbox-${customer.lago_id}` } } };
		},
		generateCustomerCheckoutURL({ params }) {
			const customer = customers.get(params.external_customer_id);
			if (!customer) return notFound('customer');
			const provider = customer.billing_configuration.payment_provider;
			if (!provider) return invalid({ payment_provider: ['no_linked_payment_provider'] });
			return {
				body: {
					customer: {
						lago_customer_id: customer.lago_id,
						external_customer_id: customer.external_id,
						payment_provider: provider,
						payment_provider_code: customer.billing_configuration.payment_provider_code,
						checkout_url: `https://checkout.stripe.com/c/pay/cs_test_sandbox_${randomId('', 24)}`,
						expires_at: new Date(Date.now() + 86400_000).toISOString(),
					},
				},
			};
		},

		// ---- catalogue
		findAllPlans({ query }) {
			return lagoPage(plans.all(), query, 'plans');
		},
		findPlan({ params }) {
			const plan = plans.get(params.code);
			return plan ? { body: { plan } } : notFound('plan');
		},
		findAllBillableMetrics({ query }) {
			return lagoPage(metrics.all(), query, 'billable_metrics');
		},
		findBillableMetric({ params }) {
			const metric = metrics.get(params.code);
			return metric ? { body: { billable_metric: metric } } : notFound('billable_metric');
		},
		findAllCoupons({ query }) {
			return lagoPage(coupons.all(), query, 'coupons');
		},
		findCoupon({ params }) {
			const coupon = coupons.get(params.code);
			return coupon ? { body: { coupon } } : notFound('coupon');
		},

		// ---- subscriptions
		createSubscription({ body }) {
			const input = body.subscription;
			const customer = customers.get(input.external_customer_id);
			if (!customer) return notFound('customer');
			const plan = plans.get(input.plan_code);
			if (!plan) return notFound('plan');
			const existing = subscriptions.get(input.external_id);
			if (existing && existing.status !== 'terminated') {
				// Lago changes the plan of an existing subscription (an upgrade or downgrade) when the external ID is reused.
				Object.assign(existing, { previous_plan_code: existing.plan_code, plan_code: plan.code, plan_amount_cents: plan.amount_cents, name: input.name ?? existing.name });
				emit('subscription.updated', 'subscription', existing, 'SubscriptionObject');
				return { body: { subscription: existing } };
			}
			const subscription = subscriptions.put(subscriptionRecord(input, customer, plan));
			if (!customer.currency) customer.currency = plan.amount_currency;
			if (subscription.status === 'active') emit('subscription.started', 'subscription', subscription, 'SubscriptionObject');
			return { body: { subscription } };
		},
		findAllSubscriptions({ query }) {
			let list = subscriptions.all();
			if (query.external_customer_id) list = list.filter((s) => s.external_customer_id === query.external_customer_id);
			if (query.plan_code) list = list.filter((s) => s.plan_code === query.plan_code);
			const statuses = listParameter(query, 'status') ?? ['active', 'pending'];
			list = list.filter((s) => statuses.includes(s.status));
			return lagoPage(list, query, 'subscriptions');
		},
		findSubscription({ params }) {
			const subscription = subscriptions.get(params.external_id);
			return subscription ? { body: { subscription } } : notFound('subscription');
		},
		updateSubscription({ params, body }) {
			const subscription = subscriptions.get(params.external_id);
			if (!subscription) return notFound('subscription');
			const { plan_overrides: overrides, ...fields } = body.subscription ?? {};
			Object.assign(subscription, fields);
			emit('subscription.updated', 'subscription', subscription, 'SubscriptionObject');
			return { body: { subscription } };
		},
		destroySubscription({ params, query }) {
			const subscription = subscriptions.get(params.external_id);
			if (!subscription) return notFound('subscription');
			if (query.status === 'pending' ? subscription.status !== 'pending' : subscription.status === 'terminated') return notFound('subscription');
			if (subscription.status === 'pending') {
				Object.assign(subscription, { status: 'canceled', canceled_at: isoNow() });
				emit('subscription.canceled', 'subscription', subscription, 'SubscriptionObject');
			} else {
				Object.assign(subscription, {
					status: 'terminated',
					terminated_at: isoNow(),
					on_termination_credit_note: query.on_termination_credit_note ?? subscription.on_termination_credit_note,
					on_termination_invoice: query.on_termination_invoice ?? subscription.on_termination_invoice,
				});
				emit('subscription.terminated', 'subscription', subscription, 'SubscriptionObject');
			}
			return { body: { subscription } };
		},

		// ---- usage events
		createEvent({ body }) {
			return { body: { event: accepted(recordEvent(body.event)) } };
		},
		createBatchEvents({ body }) {
			return { body: { events: body.events.map((event) => accepted(recordEvent(event))) } };
		},
		findAllEvents({ query }) {
			let list = events.all().reverse();
			if (query.external_subscription_id) list = list.filter((e) => e.external_subscription_id === query.external_subscription_id);
			if (query.code) list = list.filter((e) => e.code === query.code);
			return lagoPage(list, query, 'events');
		},
		findEvent({ params }) {
			const event = events.get(params.transaction_id);
			return event ? { body: { event } } : notFound('event');
		},

		// ---- invoices
		findAllInvoices({ query }) {
			let list = invoices.all().sort((a, b) => b.issuing_date.localeCompare(a.issuing_date));
			if (query.external_customer_id) list = list.filter((i) => i.customer.external_id === query.external_customer_id);
			if (query.currency) list = list.filter((i) => i.currency === query.currency);
			if (query.invoice_type) list = list.filter((i) => i.invoice_type === query.invoice_type);
			if (query.issuing_date_from) list = list.filter((i) => i.issuing_date >= query.issuing_date_from);
			if (query.issuing_date_to) list = list.filter((i) => i.issuing_date <= query.issuing_date_to);
			if (query.amount_from) list = list.filter((i) => i.total_amount_cents >= Number(query.amount_from));
			if (query.amount_to) list = list.filter((i) => i.total_amount_cents <= Number(query.amount_to));
			if (query.payment_overdue !== undefined) list = list.filter((i) => String(i.payment_overdue) === String(query.payment_overdue));
			const statuses = listParameter(query, 'statuses');
			if (statuses) list = list.filter((i) => statuses.includes(i.status));
			const paymentStatuses = listParameter(query, 'payment_statuses');
			if (paymentStatuses) list = list.filter((i) => paymentStatuses.includes(i.payment_status));
			if (query.search_term) list = list.filter((i) => [i.number, i.customer.name, i.customer.email, i.customer.external_id].some((v) => contains(v, query.search_term)));
			return lagoPage(list, query, 'invoices');
		},
		findInvoice({ params }) {
			const invoice = invoices.get(params.lago_id);
			return invoice ? { body: { invoice } } : notFound('invoice');
		},

		// ---- coupons applied to customers
		applyCoupon({ body }) {
			const input = body.applied_coupon;
			const customer = customers.get(input.external_customer_id);
			if (!customer) return notFound('customer');
			const coupon = coupons.get(input.coupon_code);
			if (!coupon) return notFound('coupon');
			if (!coupon.reusable && appliedCoupons.find((a) => a.coupon_code === coupon.code && a.external_customer_id === customer.external_id)) {
				return invalid({ coupon: ['coupon_is_not_reusable'] });
			}
			return { body: { applied_coupon: applyCouponRecord(customer, coupon, input) } };
		},
		findAllAppliedCoupons({ query }) {
			let list = appliedCoupons.all();
			if (query.external_customer_id) list = list.filter((a) => a.external_customer_id === query.external_customer_id);
			if (query.status) list = list.filter((a) => a.status === query.status);
			const codes = listParameter(query, 'coupon_code');
			if (codes) list = list.filter((a) => codes.includes(a.coupon_code));
			return lagoPage(list, query, 'applied_coupons');
		},
		deleteAppliedCoupon({ params }) {
			const applied = appliedCoupons.get(params.applied_coupon_id);
			if (!applied || applied.external_customer_id !== params.external_customer_id) return notFound('applied_coupon');
			Object.assign(applied, { status: 'terminated', terminated_at: isoNow() });
			return { body: { applied_coupon: applied } };
		},

		// ---- webhooks: the public key deliveries are signed with, and the endpoints (one per URL, at most 10)
		fetchJsonPublicKey() {
			return { body: { webhook: { public_key: rubyEncode64(publicKeyPem) } } };
		},
		fetchPublicKey() {
			return { body: rubyEncode64(publicKeyPem), headers: { 'content-type': 'text/plain' } };
		},
		...endpoints.handlers,
	};

	const authorized = (request) =>
		request.headers.authorization === `Bearer ${LAGO_SANDBOX_API_KEY}` ? undefined : fail(401, 'Unauthorized');
	const guarded = Object.fromEntries(
		Object.entries(handlers).map(([operationId, handler]) => [operationId, (request) => authorized(request) ?? handler(request)]),
	);

	const { server, say: log } = await startService({
		name: 'Lago',
		documents,
		prefix: '/api/v1',
		host: options.host,
		port: options.port,
		publicHost: options.publicHost,
		log: options.log,
		handlers: guarded,
		unsupported: (operationId) =>
			fail(501, 'Not Implemented', 'not_implemented', {
				base: [`The Lago sandbox does not play ${operationId}; it plays customers, plans, subscriptions, events, invoices, coupons and webhook endpoints.`],
			}),
	});
	say = log;

	return {
		name: 'Lago',
		server,
		url: server.url,
		apiKey: LAGO_SANDBOX_API_KEY,
		hmacToken: LAGO_SANDBOX_HMAC_TOKEN,
		publicKeyPem,
		store: { customers, plans, metrics, subscriptions, events, invoices, coupons, appliedCoupons, endpoints },
		deliveries,
		/** What must outlive a restart: the endpoints n8n registered and the signing key the Lago Trigger cached. */
		persistentState: () => ({
			endpoints: endpoints.all(),
			privateKeyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
		}),
		/** The n8n credential data (type lagoApi) for this sandbox: a self-hosted Lago at its URL. */
		credentialData: () => ({ apiKey: LAGO_SANDBOX_API_KEY, region: 'custom', customUrl: server.url, hmacSignatureToken: LAGO_SANDBOX_HMAC_TOKEN }),
		close: async () => {
			await deliveries.settled();
			await server.close();
		},
	};
}

module.exports = { LAGO_SANDBOX_API_KEY, LAGO_SANDBOX_HMAC_TOKEN, startLagoSandbox };
