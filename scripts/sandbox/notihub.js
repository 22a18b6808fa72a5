'use strict';
/**
 * A Notihub-compatible sandbox: the token exchange, customers with their contacts and preferences, and messages sent
 * from a few templates, kept in memory. Every request is validated against the Notihub contract this project wrote
 * from Notihub's API reference. Messages are not delivered anywhere: each delivery reads WAITING_IN_QUEUE at first
 * and DELIVERED a few seconds later.
 */
const { randomUUID } = require('node:crypto');

const { notihubDocuments } = require('../lib/specs');
const { Table, contains, daysAgo, startService } = require('./service');

const NOTIHUB_SANDBOX_KEYS = {
	publicKey: 'pk_sandbox_acme',
	secretKey: 'sk_sandbox_not_a_secret',
	clientId: 'env_sandbox_client',
	clientSecret: 'env_sandbox_secret_not_a_secret',
};
const TOKEN_LIFETIME_MS = 6 * 3600_000;
const DELIVERY_DELAY_MS = 3000;
const PROVIDERS = { EMAIL: 'SENDGRID', PHONE: 'TWILIO', PUSH: 'FIREBASE' };

const fail = (status, message) => ({ status, body: { code: status, message } });

const TEMPLATES = [
	{ templateId: 'welcome', templateGroupId: 'onboarding', supportedMechanisms: ['EMAIL', 'PUSH'] },
	{ templateId: 'email.verification.link', templateGroupId: 'security', supportedMechanisms: ['EMAIL'] },
	{ templateId: 'invoice.ready', templateGroupId: 'billing', supportedMechanisms: ['EMAIL', 'PHONE'] },
	{ templateId: 'users.membership.purchased', templateGroupId: 'memberships', supportedMechanisms: ['EMAIL', 'PHONE', 'PUSH'] },
];

const seedUuid = (n) => `7a0b0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * @param {{ host?: string, port?: number, publicHost?: string, log?: (message: string) => void }} [options]
 */
async function startNotihubSandbox(options = {}) {
	const templates = new Table('templateId', TEMPLATES);
	let contactCount = 100;
	const contact = (input) => ({ contactId: ++contactCount, type: input.type, value: input.value, primary: input.primary ?? false, verified: input.verified ?? false });
	const customers = new Table('customerId', [
		{ customerId: seedUuid(1), externalId: 'user_123', status: 'ENABLED', language: 'en_US', metadata: '{"plan":"startup"}', contacts: [contact({ type: 'EMAIL', value: 'grace@example.com', primary: true, verified: true })], createdAt: daysAgo(40) },
		{ customerId: seedUuid(2), externalId: 'user_124', status: 'ENABLED', language: 'de_DE', metadata: '{"plan":"startup"}', contacts: [contact({ type: 'EMAIL', value: 'linus@example.com', primary: true, verified: true }), contact({ type: 'PHONE', value: '+4915112345678', primary: true, verified: false })], createdAt: daysAgo(32) },
		{ customerId: seedUuid(3), externalId: 'user_126', status: 'ENABLED', language: 'ja_JP', metadata: '{"plan":"scale"}', contacts: [contact({ type: 'EMAIL', value: 'kenji@example.com', primary: true, verified: true })], createdAt: daysAgo(15) },
	]);
	/** Preferences per customer: template group → mechanisms. */
	const preferences = new Map([[seedUuid(2), [{ templateGroupId: 'billing', mechanisms: ['EMAIL'] }]]]);
	const messages = new Table('messageId');
	const tokens = new Map();

	const publicCustomer = ({ createdAt, ...customer }) => customer;

	function sentMessage(customer, template, input) {
		const own = preferences.get(customer.customerId)?.find((p) => p.templateGroupId === template.templateGroupId)?.mechanisms;
		const allowed = input.force?.length ? input.force : (own ?? template.supportedMechanisms).filter((m) => m !== 'NONE');
		const mechanisms = allowed.filter((m) => template.supportedMechanisms.includes(m) && customer.contacts.some((c) => c.type === m && c.primary));
		return messages.put({
			messageId: randomUUID(),
			sentAt: Date.now(),
			request: { customerId: customer.customerId, templateId: template.templateId, version: 1, model: JSON.stringify(input.model ?? {}) },
			template: { templateId: template.templateId, templateGroupId: template.templateGroupId, language: customer.language ?? 'en_US', supportedMechanisms: template.supportedMechanisms },
			customer: { customerId: customer.customerId, languagePreference: customer.language ?? 'en_US', mechanismPreference: own ?? template.supportedMechanisms },
			deliveries: mechanisms.map((mechanism) => ({ mechanism, provider: PROVIDERS[mechanism] })),
		});
	}

	const publicMessage = ({ sentAt, ...message }) => ({
		...message,
		deliveries: message.deliveries.map((d) => ({ ...d, status: Date.now() - sentAt >= DELIVERY_DELAY_MS ? 'DELIVERED' : 'WAITING_IN_QUEUE' })),
	});

	const pageOf = (records, query) => {
		const limit = Math.min(Number(query.limit ?? 25) || 25, 200);
		const page = Math.max(Number(query.page ?? 0) || 0, 0);
		return records.slice(page * limit, (page + 1) * limit);
	};

	const handlers = {
		createCustomer({ body }) {
			const contacts = (body.contacts ?? []).map(contact);
			if (!body.externalId && !contacts.some((c) => c.type === 'EMAIL' || c.type === 'PHONE')) {
				return fail(400, 'Customer requires at least a valid email, phone or external id.');
			}
			const invalidEmail = contacts.find((c) => c.type === 'EMAIL' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.value));
			if (invalidEmail) return fail(400, 'Invalid email');
			const customer = customers.put({
				customerId: randomUUID(),
				externalId: body.externalId ?? '',
				status: body.status ?? 'ENABLED',
				language: body.language ?? 'en_US',
				metadata: body.metadata ?? '',
				contacts,
				createdAt: new Date().toISOString(),
			});
			return { status: 201, body: publicCustomer(customer) };
		},
		listCustomers({ query }) {
			let list = customers.all();
			if (query.search) list = list.filter((c) => contains(c.externalId, query.search) || c.contacts.some((x) => contains(x.value, query.search)));
			if (String(query.actives) === 'true') list = list.filter((c) => c.status === 'ENABLED');
			return { body: pageOf(list, query).map(publicCustomer) };
		},
		getCustomer({ params }) {
			const customer = customers.get(params.customerId);
			return customer ? { body: publicCustomer(customer) } : fail(404, 'Customer Not found');
		},
		updateCustomer({ params, body }) {
			const customer = customers.get(params.customerId);
			if (!customer) return fail(404, 'Customer Not found');
			Object.assign(customer, body ?? {});
			return { body: publicCustomer(customer) };
		},
		deleteCustomer({ params }) {
			if (!customers.delete(params.customerId)) return fail(404, 'Customer Not found');
			preferences.delete(params.customerId);
			return { body: {} };
		},
		createContact({ params, body }) {
			const customer = customers.get(params.customerId);
			if (!customer) return fail(404, 'Customer Not found');
			const added = contact(body);
			// One primary contact per type: a new primary one takes over.
			if (added.primary) for (const c of customer.contacts) if (c.type === added.type) c.primary = false;
			customer.contacts.push(added);
			return { status: 201, body: added };
		},
		updateContact({ params, body }) {
			const customer = customers.get(params.customerId);
			if (!customer) return fail(404, 'Customer Not found');
			const existing = customer.contacts.find((c) => String(c.contactId) === String(params.contactId));
			if (!existing) return fail(404, 'Contact Entry Not found');
			if (body.primary) for (const c of customer.contacts) if (c.type === (body.type ?? existing.type)) c.primary = false;
			Object.assign(existing, body);
			return { body: existing };
		},
		deleteContact({ params }) {
			const customer = customers.get(params.customerId);
			if (!customer) return fail(404, 'Customer Not found');
			const before = customer.contacts.length;
			customer.contacts = customer.contacts.filter((c) => String(c.contactId) !== String(params.contactId));
			return before === customer.contacts.length ? fail(404, 'Contact Entry Not found') : { body: {} };
		},
		setPreferences({ params, body }) {
			if (!customers.get(params.customerId)) return fail(404, 'Customer Not found');
			const merged = new Map((preferences.get(params.customerId) ?? []).map((p) => [p.templateGroupId, p]));
			for (const preference of body) merged.set(preference.templateGroupId, preference);
			preferences.set(params.customerId, [...merged.values()]);
			return { status: 201, body };
		},
		getPreferences({ params }) {
			if (!customers.get(params.customerId)) return fail(404, 'Customer Not found');
			return { body: preferences.get(params.customerId) ?? [] };
		},
		sendMessage({ body }) {
			const customer = customers.get(body.customerId);
			if (!customer) return fail(404, 'Customer Not found');
			const template = templates.get(body.templateId);
			if (!template) return fail(404, 'Template Not found');
			return { body: { messageId: sentMessage(customer, template, body).messageId } };
		},
		listMessages({ query }) {
			let list = messages.all().reverse();
			if (query.customerId) list = list.filter((m) => m.request.customerId === query.customerId);
			if (query.templateId) list = list.filter((m) => m.request.templateId === query.templateId);
			return { body: pageOf(list, query).map(publicMessage) };
		},
		getMessage({ params }) {
			const message = messages.get(params.messageId);
			return message ? { body: publicMessage(message) } : fail(404, 'Message Not found');
		},
	};

	function exchange({ headers }) {
		const keys = Buffer.from(String(headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');
		const expected = [NOTIHUB_SANDBOX_KEYS.publicKey, NOTIHUB_SANDBOX_KEYS.secretKey, NOTIHUB_SANDBOX_KEYS.clientId, NOTIHUB_SANDBOX_KEYS.clientSecret];
		if (keys !== expected.join(':')) return fail(401, 'Invalid credentials');
		const accessToken = `nt_sandbox_${randomUUID().replace(/-/g, '')}`;
		const expiresAt = Date.now() + TOKEN_LIFETIME_MS;
		tokens.set(accessToken, expiresAt);
		return { body: { accessToken, expiresAt } };
	}

	const authorized = (request) => {
		const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
		return (tokens.get(token) ?? 0) > Date.now() ? undefined : fail(401, 'Invalid access token');
	};
	const guarded = Object.fromEntries(
		Object.entries(handlers).map(([operationId, handler]) => [operationId, (request) => authorized(request) ?? handler(request)]),
	);

	const { server } = await startService({
		name: 'Notihub',
		documents: notihubDocuments(),
		exactPaths: true,
		host: options.host,
		port: options.port,
		publicHost: options.publicHost,
		log: options.log,
		handlers: { ...guarded, createAccessToken: exchange },
		unsupported: (operationId) => fail(501, `The Notihub sandbox does not play ${operationId}.`),
	});

	return {
		name: 'Notihub',
		server,
		url: server.url,
		keys: NOTIHUB_SANDBOX_KEYS,
		templates: TEMPLATES.map((t) => t.templateId),
		store: { customers, messages, preferences },
		/** The n8n credential data (type notihubApi) for this sandbox. */
		credentialData: () => ({ ...NOTIHUB_SANDBOX_KEYS, baseUrl: server.url }),
		close: async () => await server.close(),
	};
}

module.exports = { NOTIHUB_SANDBOX_KEYS, startNotihubSandbox };
