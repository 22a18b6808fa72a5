'use strict';
/**
 * A Dub-compatible sandbox: links, customers, conversion tracking, the partner program and webhooks, kept in memory
 * and seeded with a small workspace. Every request is validated against Dub's OpenAPI document (and the supplement
 * with the webhook routes). Registered webhooks receive signed deliveries (`Dub-Signature`: hex HMAC-SHA256 of the
 * raw body with the webhook's secret) of `lead.created`, `sale.created`, `link.*` and `partner.enrolled`.
 */
const { createHmac } = require('node:crypto');

const { dubDocuments } = require('../lib/specs');
const { SchemaFiller } = require('./schema');
const { Deliveries, Table, contains, daysAgo, isoNow, listParameter, numberedPage, randomId, startService } = require('./service');

const DUB_SANDBOX_API_KEY = 'dub_sandbox_key_not_a_secret';
const DOMAIN = 'dub.sh';
const WORKSPACE_ID = 'ws_sandboxacme0000000000001';
const PROGRAM_ID = 'prog_sandboxacme000000000001';
const USER_ID = 'user_sandboxowner00000000001';
const DEFAULT_GROUP = 'grp_sandboxdefault0000000001';

const errorBody = (code, message) => ({ error: { code, message, doc_url: `https://dub.co/docs/api-reference/errors#${code.replace(/_/g, '-')}` } });
const fail = (status, code, message) => ({ status, body: errorBody(code, message) });
const notFound = (what) => fail(404, 'not_found', `${what} not found.`);

function seedLinks() {
	const link = (key, url, stats, extra = {}) => ({
		id: `link_sandbox_${key}`,
		domain: DOMAIN,
		key,
		url,
		shortLink: `https://${DOMAIN}/${key}`,
		qrCode: `https://api.dub.co/qr?url=https://${DOMAIN}/${key}?qr=1`,
		trackConversion: true,
		externalId: null,
		tenantId: null,
		programId: null,
		partnerId: null,
		archived: false,
		tags: [],
		comments: null,
		userId: USER_ID,
		workspaceId: WORKSPACE_ID,
		projectId: WORKSPACE_ID,
		clicks: stats[0],
		leads: stats[1],
		conversions: stats[2],
		sales: stats[2],
		saleAmount: stats[3],
		lastClicked: daysAgo(0, 8),
		createdAt: daysAgo(60),
		updatedAt: daysAgo(60),
		...extra,
	});
	return [
		link('launch', 'https://acme.example/launch', [1240, 96, 18, 53100], { externalId: 'campaign_launch' }),
		link('pricing', 'https://acme.example/pricing', [530, 41, 9, 26100]),
		link('n8n-guide', 'https://acme.example/blog/billing-with-n8n', [211, 12, 2, 5800]),
		link('maria', 'https://acme.example', [310, 22, 6, 17400], { programId: PROGRAM_ID, partnerId: 'pn_sandbox_maria', tenantId: 'partner_maria' }),
		link('ken', 'https://acme.example', [95, 4, 1, 2900], { programId: PROGRAM_ID, partnerId: 'pn_sandbox_ken', tenantId: 'partner_ken' }),
	];
}

function seedCustomers(links) {
	const byKey = (key) => links.find((l) => l.key === key);
	const customer = (n, name, email, country, sales, saleAmount, linkKey, days) => ({
		id: `cus_sandbox_${n}`,
		externalId: `user_${n}`,
		name,
		email,
		avatar: null,
		country,
		stripeCustomerId: null,
		sales,
		saleAmount,
		createdAt: daysAgo(days),
		firstSaleAt: sales ? daysAgo(days - 1) : null,
		subscriptionCanceledAt: null,
		linkId: byKey(linkKey).id,
	});
	return [
		customer(123, 'Grace Hopper', 'grace@example.com', 'US', 3, 8700, 'launch', 40),
		customer(124, 'Linus Larsen', 'linus@example.com', 'DE', 1, 2900, 'pricing', 32),
		customer(125, 'Amélie Dubois', 'amelie@example.com', 'FR', 0, 0, 'n8n-guide', 21),
		customer(126, 'Kenji Watanabe', 'kenji@example.com', 'JP', 5, 24500, 'maria', 15),
		customer(127, 'Olivia Smith', 'olivia@example.com', 'US', 2, 5800, 'launch', 6),
	];
}

/** A partner enrolled in the sandbox program, as Dub's partner routes describe one (links are added when answering). */
function partnerRecord({ id, name, email, username, country = null, tenantId = null, groupId = DEFAULT_GROUP, createdAt = isoNow(), stats = [0, 0, 0, 0], ...rest }) {
	return {
		id,
		name,
		username: username ?? String(name).toLowerCase().replace(/[^a-z0-9]+/g, '-'),
		email,
		image: null,
		description: null,
		country,
		companyName: null,
		networkStatus: 'approved',
		defaultPayoutMethod: 'connect',
		paypalEmail: null,
		stripeConnectId: null,
		payoutsEnabledAt: null,
		identityVerifiedAt: null,
		programId: PROGRAM_ID,
		groupId,
		partnerId: id,
		tenantId,
		createdAt,
		status: 'approved',
		totalCommissions: Math.round(stats[3] * 0.2),
		totalClicks: stats[0],
		totalLeads: stats[1],
		totalConversions: stats[2],
		totalSales: stats[2],
		totalSaleAmount: stats[3],
		netRevenue: Math.round(stats[3] * 0.8),
		...rest,
	};
}

function seedPartners() {
	return [
		partnerRecord({ id: 'pn_sandbox_maria', name: 'Maria Garcia', username: 'maria', email: 'maria@example.com', country: 'ES', tenantId: 'partner_maria', stats: [310, 22, 6, 17400], createdAt: daysAgo(50) }),
		partnerRecord({ id: 'pn_sandbox_ken', name: 'Ken Adams', username: 'ken', email: 'ken@example.com', country: 'US', tenantId: 'partner_ken', stats: [95, 4, 1, 2900], createdAt: daysAgo(20) }),
	];
}

function seedApplications() {
	const application = (slug, name, email, country, days) => ({
		id: `pga_sandbox_${slug}`,
		createdAt: daysAgo(days),
		partner: {
			id: `pn_sandbox_${slug}`,
			name,
			companyName: null,
			email,
			image: null,
			description: `Writes about SaaS pricing and automation (${country})`,
			country,
			groupId: DEFAULT_GROUP,
			status: 'pending',
			website: `https://${slug}.example`,
		},
		applicationFormData: [{ label: 'How will you promote Acme?', value: 'Newsletter and tutorials' }],
	});
	return [application('priya', 'Priya Patel', 'priya@example.com', 'IN', 3), application('tom', 'Tom Becker', 'tom@example.com', 'DE', 1)];
}

/** `ext_<externalId>` or Dub's own id, as Dub's customer and link routes accept. */
function byIdOrExternal(table, value) {
	const id = String(value);
	return id.startsWith('ext_') ? table.find((r) => r.externalId === id.slice(4)) : table.get(id);
}

/** Dub's cursor pages: `startingAfter`/`endingBefore` an id, `pageSize` (at most 100), or the deprecated `page`. */
function cursorPage(records, query) {
	const pageSize = Math.min(Number(query.pageSize ?? 100) || 100, 100);
	if (query.startingAfter) {
		const at = records.findIndex((r) => r.id === query.startingAfter);
		return records.slice(at + 1, at + 1 + pageSize);
	}
	if (query.endingBefore) {
		const at = records.findIndex((r) => r.id === query.endingBefore);
		return at <= 0 ? [] : records.slice(Math.max(0, at - pageSize), at);
	}
	return numberedPage(records, query.page ?? 1, pageSize);
}

const sortBy = (records, field, order) =>
	[...records].sort((a, b) => {
		const x = a[field] ?? '';
		const y = b[field] ?? '';
		const compared = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
		return order === 'asc' ? compared : -compared;
	});

/** A sandbox click for a click ID: any ID works and lands on one of the seeded links. */
function clickFor(clickId, link) {
	return {
		id: clickId,
		timestamp: isoNow(),
		url: link.url,
		country: 'US',
		city: 'San Francisco',
		region: 'US-CA',
		continent: 'NA',
		device: 'Desktop',
		browser: 'Chrome',
		os: 'Mac OS',
		trigger: 'link',
		referer: '(direct)',
		refererUrl: '(direct)',
		qr: false,
		ip: '127.0.0.1',
	};
}

/**
 * @param {{ host?: string, port?: number, publicHost?: string, log?: (message: string) => void,
 *   state?: { webhooks?: object[] }, onStateChange?: () => void }} [options]
 *   `state` is what `persistentState()` returned in an earlier run: the registered webhooks, which n8n expects Dub to
 *   keep across restarts. `onStateChange` is called whenever it changes.
 */
async function startDubSandbox(options = {}) {
	const documents = dubDocuments();
	const events = new SchemaFiller(documents);
	const links = new Table('id', seedLinks());
	const customers = new Table('id', seedCustomers(links.all()));
	const partners = new Table('id', seedPartners());
	const applications = new Table('id', seedApplications());
	const webhooks = new Table('id', options.state?.webhooks ?? []);
	const changed = () => options.onStateChange?.();
	/** Click ID per customer, for deferred leads and sales. */
	const clicksByCustomer = new Map();
	const invoiceIds = new Set();
	let say = () => {};
	const deliveries = new Deliveries((message) => say(message));

	const publicLink = (link) => ({ ...link });
	const publicCustomer = (customer, expanded) => {
		const { linkId, ...rest } = customer;
		if (!expanded) return rest;
		const link = links.get(linkId);
		const partner = link?.partnerId ? partners.get(link.partnerId) : undefined;
		return {
			...rest,
			link: link ? { id: link.id, domain: link.domain, key: link.key, shortLink: link.shortLink, url: link.url, programId: link.programId } : null,
			programId: link?.programId ?? null,
			partner: partner ? { id: partner.id, name: partner.name, email: partner.email, image: partner.image } : null,
			discount: null,
		};
	};
	const partnerLinks = (partnerId) =>
		links
			.filter((l) => l.partnerId === partnerId)
			.map(({ id, domain, key, shortLink, url, clicks, leads, conversions, sales, saleAmount }) => ({
				id, domain, key, shortLink, url, clicks, leads, conversions, sales, saleAmount,
			}));
	const publicPartner = (partner) => ({ ...partner, links: partnerLinks(partner.id) });

	/** Sends `event` to every webhook that listens to it. */
	function emit(event, data, component) {
		for (const webhook of webhooks.all()) {
			if (webhook.disabledAt || !webhook.triggers.includes(event)) continue;
			const envelope = events.complete({ $ref: `#/components/schemas/${component}` }, {
				id: randomId('evt_', 24),
				event,
				createdAt: isoNow(),
				data,
			});
			const body = JSON.stringify(envelope);
			const signature = createHmac('sha256', webhook.secret).update(body, 'utf8').digest('hex');
			void deliveries.send({ url: webhook.url, event, body, headers: { 'Dub-Signature': signature } });
		}
	}

	function createLinkRecord(input) {
		const key = input.key ?? randomId('', 7).toLowerCase();
		const domain = input.domain ?? DOMAIN;
		if (links.find((l) => l.domain === domain && l.key === key)) {
			return { error: fail(409, 'conflict', 'Duplicate key: This short link already exists.') };
		}
		if (input.externalId && links.find((l) => l.externalId === input.externalId)) {
			return { error: fail(409, 'conflict', 'A link with this externalId already exists.') };
		}
		const now = isoNow();
		const { tagIds, tagNames, testVariants, ...fields } = input;
		const link = {
			...fields,
			id: randomId('link_', 24),
			domain,
			key,
			url: input.url,
			shortLink: `https://${domain}/${key}`,
			qrCode: `https://api.dub.co/qr?url=https://${domain}/${key}?qr=1`,
			trackConversion: input.trackConversion ?? false,
			externalId: input.externalId ?? null,
			tenantId: input.tenantId ?? null,
			programId: input.programId ?? null,
			partnerId: input.partnerId ?? null,
			archived: input.archived ?? false,
			tags: [].concat(tagNames ?? []).map((name) => ({ id: `tag_${name}`, name, color: 'blue' })),
			testVariants: testVariants ?? null,
			userId: USER_ID,
			workspaceId: WORKSPACE_ID,
			projectId: WORKSPACE_ID,
			clicks: 0,
			leads: 0,
			conversions: 0,
			sales: 0,
			saleAmount: 0,
			lastClicked: null,
			createdAt: now,
			updatedAt: now,
		};
		return { link: links.put(link) };
	}

	function updateLinkRecord(link, changes) {
		const { tagIds, tagNames, ...fields } = changes;
		Object.assign(link, fields, { updatedAt: isoNow() });
		if (fields.domain || fields.key) link.shortLink = `https://${link.domain}/${link.key}`;
		if (tagNames) link.tags = [].concat(tagNames).map((name) => ({ id: `tag_${name}`, name, color: 'blue' }));
		return link;
	}

	/** The partner named by `partnerId` or `tenantId` in a body or query. */
	const partnerOf = (input) =>
		input.partnerId ? partners.get(input.partnerId) : input.tenantId ? partners.find((p) => p.tenantId === input.tenantId) : undefined;

	const handlers = {
		// ---- links
		getLinks({ query }) {
			let list = links.all();
			if (query.domain) list = list.filter((l) => l.domain === query.domain);
			if (query.search) list = list.filter((l) => contains(l.key, query.search) || contains(l.url, query.search));
			if (query.tenantId) list = list.filter((l) => l.tenantId === query.tenantId);
			if (query.userId) list = list.filter((l) => l.userId === query.userId);
			if (query.folderId) list = list.filter((l) => l.folderId === query.folderId);
			const tagNames = listParameter(query, 'tagNames');
			if (tagNames) list = list.filter((l) => l.tags.some((t) => tagNames.includes(t.name)));
			const tagIds = listParameter(query, 'tagIds');
			if (tagIds) list = list.filter((l) => l.tags.some((t) => tagIds.includes(t.id)));
			if (String(query.showArchived) !== 'true') list = list.filter((l) => !l.archived);
			list = sortBy(list, query.sortBy ?? 'createdAt', query.sortOrder ?? 'desc');
			return { body: cursorPage(list, query).map(publicLink) };
		},
		getLinkInfo({ query }) {
			const link = query.linkId
				? links.get(query.linkId)
				: query.externalId
					? links.find((l) => l.externalId === String(query.externalId).replace(/^ext_/, ''))
					: links.find((l) => l.domain === query.domain && l.key === query.key);
			return link ? { body: publicLink(link) } : notFound('Link');
		},
		createLink({ body }) {
			const { link, error } = createLinkRecord(body);
			if (error) return error;
			emit('link.created', publicLink(link), 'LinkWebhookEvent');
			return { body: publicLink(link) };
		},
		bulkCreateLinks({ body }) {
			// Like Dub: each link is created or answered with {link, error, code}; bulk creates send no webhooks.
			return {
				body: body.map((input) => {
					const { link, error } = createLinkRecord(input);
					return error ? { link: input, error: error.body.error.message, code: error.body.error.code } : publicLink(link);
				}),
			};
		},
		retrieveAnalytics({ query }) {
			// The sandbox keeps totals per link, not single clicks: breakdowns group the links' totals.
			const counts = (group) => ({
				clicks: group.reduce((sum, l) => sum + l.clicks, 0),
				leads: group.reduce((sum, l) => sum + l.leads, 0),
				sales: group.reduce((sum, l) => sum + l.sales, 0),
				saleAmount: group.reduce((sum, l) => sum + l.saleAmount, 0),
			});
			const all = links.all();
			const groupBy = query.groupBy ?? 'count';
			if (groupBy === 'count') return { body: counts(all) };
			if (groupBy === 'timeseries') return { body: [{ start: daysAgo(0, 0), ...counts(all) }] };
			if (groupBy === 'top_links') return { body: all.map((l) => ({ link: l.id, id: l.id, domain: l.domain, key: l.key, shortLink: l.shortLink, url: l.url, createdAt: l.createdAt, ...counts([l]) })) };
			if (groupBy !== 'countries') return fail(501, 'not_implemented', `The Dub sandbox groups analytics by count, timeseries, top_links and countries, not ${groupBy}.`);
			const countryOf = (l) => (l.partnerId && partners.get(l.partnerId)?.country) || 'US';
			const countries = [...new Set(all.map(countryOf))];
			return { body: countries.map((country) => ({ country, region: '*', city: '*', ...counts(all.filter((l) => countryOf(l) === country)) })) };
		},
		upsertLink({ body }) {
			const existing = links.find((l) => l.url === body.url);
			if (existing) {
				updateLinkRecord(existing, body);
				emit('link.updated', publicLink(existing), 'LinkWebhookEvent');
				return { body: publicLink(existing) };
			}
			return handlers.createLink({ body });
		},
		updateLink({ params, body }) {
			const link = byIdOrExternal(links, params.linkId);
			if (!link) return notFound('Link');
			updateLinkRecord(link, body ?? {});
			emit('link.updated', publicLink(link), 'LinkWebhookEvent');
			return { body: publicLink(link) };
		},
		deleteLink({ params }) {
			const link = byIdOrExternal(links, params.linkId);
			if (!link) return notFound('Link');
			links.delete(link.id);
			emit('link.deleted', publicLink(link), 'LinkWebhookEvent');
			return { body: { id: link.id } };
		},

		// ---- customers
		getCustomers({ query }) {
			let list = customers.all();
			if (query.email) list = list.filter((c) => c.email === query.email);
			if (query.externalId) list = list.filter((c) => c.externalId === query.externalId);
			if (query.country) list = list.filter((c) => c.country === query.country);
			if (query.linkId) list = list.filter((c) => c.linkId === query.linkId);
			if (query.partnerId) list = list.filter((c) => links.get(c.linkId)?.partnerId === query.partnerId);
			if (query.search) {
				list = list.filter((c) => contains(c.name, query.search) || contains(c.email, query.search) || contains(c.externalId, query.search));
			}
			list = sortBy(list, query.sortBy ?? 'createdAt', query.sortOrder ?? 'desc');
			const expanded = String(query.includeExpandedFields) === 'true';
			return { body: cursorPage(list, query).map((c) => publicCustomer(c, expanded)) };
		},
		getCustomer({ params, query }) {
			const customer = byIdOrExternal(customers, params.id);
			return customer ? { body: publicCustomer(customer, String(query.includeExpandedFields) === 'true') } : notFound('Customer');
		},
		createCustomerDeprecated({ body }) {
			if (customers.find((c) => c.externalId === body.externalId)) {
				return fail(409, 'conflict', `A customer with externalId ${body.externalId} already exists.`);
			}
			const customer = customers.put({
				id: randomId('cus_', 24),
				externalId: body.externalId,
				name: body.name ?? null,
				email: body.email ?? null,
				avatar: body.avatar ?? null,
				country: body.country ?? null,
				stripeCustomerId: body.stripeCustomerId ?? null,
				sales: 0,
				saleAmount: 0,
				createdAt: isoNow(),
				firstSaleAt: null,
				subscriptionCanceledAt: null,
				linkId: null,
			});
			return { status: 201, body: publicCustomer(customer, false) };
		},
		updateCustomer({ params, body }) {
			const customer = byIdOrExternal(customers, params.id);
			if (!customer) return notFound('Customer');
			Object.assign(customer, body ?? {});
			return { body: publicCustomer(customer, false) };
		},
		deleteCustomer({ params }) {
			const customer = byIdOrExternal(customers, params.id);
			if (!customer) return notFound('Customer');
			customers.delete(customer.id);
			return { body: { id: customer.id } };
		},

		// ---- conversions
		trackLead({ body }) {
			let customer = customers.find((c) => c.externalId === body.customerExternalId);
			let clickId = body.clickId;
			if (!clickId) {
				clickId = customer ? clicksByCustomer.get(customer.id) : undefined;
				if (!clickId) {
					return fail(400, 'bad_request', `No existing customer with the external ID ${body.customerExternalId} was found to take the click from: pass the clickId of the click (the dub_id cookie).`);
				}
			}
			// Any click ID works in the sandbox; it counts as a click on the first link (the launch campaign).
			const link = links.get(customer?.linkId) ?? links.all()[0];
			if (!customer) {
				customer = customers.put({
					id: randomId('cus_', 24),
					externalId: body.customerExternalId,
					name: body.customerName ?? 'Big Red Caribou',
					email: body.customerEmail ?? null,
					avatar: body.customerAvatar ?? null,
					country: 'US',
					stripeCustomerId: null,
					sales: 0,
					saleAmount: 0,
					createdAt: isoNow(),
					firstSaleAt: null,
					subscriptionCanceledAt: null,
					linkId: link.id,
				});
			} else {
				for (const field of ['customerName', 'customerEmail', 'customerAvatar']) {
					if (body[field]) customer[field.slice(8).toLowerCase()] = body[field];
				}
			}
			clicksByCustomer.set(customer.id, clickId);
			const answer = {
				click: { id: clickId },
				link: {
					id: link.id,
					domain: link.domain,
					key: link.key,
					shortLink: link.shortLink,
					url: link.url,
					partnerId: link.partnerId,
					programId: link.programId,
					tenantId: link.tenantId,
					externalId: link.externalId,
				},
				customer: { name: customer.name, email: customer.email, avatar: customer.avatar, externalId: customer.externalId },
			};
			if (body.mode === 'deferred') return { body: answer };
			link.leads += Number(body.eventQuantity ?? 1);
			const partner = link.partnerId ? partners.get(link.partnerId) : undefined;
			if (partner) partner.totalLeads += 1;
			emit(
				'lead.created',
				{
					eventName: body.eventName,
					customer: publicCustomer(customer, false),
					click: clickFor(clickId, link),
					link: publicLink(link),
					...(partner ? { partner: { id: partner.id, name: partner.name, email: partner.email, image: partner.image } } : {}),
					metadata: body.metadata ?? null,
				},
				'LeadCreatedEvent',
			);
			return { body: answer };
		},
		trackSale({ body }) {
			const customer = customers.find((c) => c.externalId === body.customerExternalId);
			const eventName = body.eventName ?? 'Purchase';
			// Dub answers 200 with nulls when there is no customer to attribute the sale to, or the invoice was tracked.
			if (!customer || (body.invoiceId && invoiceIds.has(body.invoiceId))) return { body: { eventName, customer: null, sale: null } };
			if (body.invoiceId) invoiceIds.add(body.invoiceId);
			const sale = {
				amount: body.amount,
				currency: body.currency ?? 'usd',
				paymentProcessor: body.paymentProcessor ?? 'custom',
				invoiceId: body.invoiceId ?? null,
				metadata: body.metadata ?? null,
			};
			customer.sales += 1;
			customer.saleAmount += body.amount;
			customer.firstSaleAt ??= isoNow();
			const link = links.get(customer.linkId);
			if (link) {
				link.sales += 1;
				link.conversions += customer.sales === 1 ? 1 : 0;
				link.saleAmount += body.amount;
			}
			emit(
				'sale.created',
				{
					eventName,
					customer: publicCustomer(customer, false),
					click: clickFor(clicksByCustomer.get(customer.id) ?? randomId('', 16), link ?? links.all()[0]),
					link: publicLink(link ?? links.all()[0]),
					sale,
					metadata: body.metadata ?? null,
				},
				'SaleCreatedEvent',
			);
			const { linkId, ...attributed } = customer;
			return {
				body: {
					eventName,
					customer: { id: attributed.id, name: attributed.name, email: attributed.email, avatar: attributed.avatar, externalId: attributed.externalId },
					sale,
				},
			};
		},

		// ---- partners
		createPartner({ body }) {
			const existing = partners.find((p) => p.email === body.email || (body.tenantId && p.tenantId === body.tenantId));
			const { linkProps, ...fields } = body;
			if (existing) {
				Object.assign(existing, fields);
				return { status: 201, body: publicPartner(existing) };
			}
			// Like Dub: a username from the name (or email) when none is given, made unique in the program.
			let username = body.username ?? String(body.name ?? body.email.split('@')[0]).toLowerCase().replace(/[^a-z0-9]+/g, '-');
			if (partners.find((p) => p.username === username)) username = `${username}-${randomId('', 4).toLowerCase()}`;
			const partner = partners.put(
				partnerRecord({
					id: randomId('pn_', 24),
					name: body.name ?? body.email,
					username,
					email: body.email,
					image: body.image ?? null,
					description: body.description ?? null,
					country: body.country ?? null,
					tenantId: body.tenantId ?? null,
					groupId: body.groupId ?? DEFAULT_GROUP,
				}),
			);
			const { id } = partner;
			const { tagIds, tagNames, testVariants, prefix, ...linkFields } = linkProps ?? {};
			let key = `${prefix ? prefix.replace(/^\/|\/$/g, '') + '/' : ''}${username}`;
			if (links.find((l) => l.domain === DOMAIN && l.key === key)) key = `${key}-${randomId('', 4).toLowerCase()}`;
			createLinkRecord({ ...linkFields, url: 'https://acme.example', key, programId: PROGRAM_ID, partnerId: id, tenantId: partner.tenantId, trackConversion: true });
			emit('partner.enrolled', publicPartner(partner), 'PartnerEnrolledEvent');
			return { status: 201, body: publicPartner(partner) };
		},
		listPartners({ query }) {
			let list = partners.all();
			if (query.status) list = list.filter((p) => p.status === query.status);
			if (query.country) list = list.filter((p) => p.country === query.country);
			if (query.groupId) list = list.filter((p) => p.groupId === query.groupId);
			if (query.email) list = list.filter((p) => p.email === query.email);
			if (query.tenantId) list = list.filter((p) => p.tenantId === query.tenantId);
			if (query.search) list = list.filter((p) => contains(p.name, query.search) || contains(p.email, query.search));
			const sortField = { saleAmount: 'totalSaleAmount', clicks: 'totalClicks', leads: 'totalLeads', conversions: 'totalConversions' }[query.sortBy] ?? query.sortBy ?? 'totalSaleAmount';
			list = sortBy(list, sortField, query.sortOrder ?? 'desc');
			return { body: numberedPage(list, query.page, Math.min(Number(query.pageSize ?? 100), 100)).map(publicPartner) };
		},
		createPartnerLink({ body }) {
			const partner = partnerOf(body);
			if (!partner) return notFound('Partner');
			const { partnerId, tenantId, linkProps, ...fields } = body;
			const { link, error } = createLinkRecord({ ...(linkProps ?? {}), ...fields, url: body.url ?? 'https://acme.example', programId: PROGRAM_ID, partnerId: partner.id, tenantId: partner.tenantId, trackConversion: true });
			if (error) return error;
			emit('link.created', publicLink(link), 'LinkWebhookEvent');
			return { body: publicLink(link) };
		},
		upsertPartnerLink({ body }) {
			const partner = partnerOf(body);
			if (!partner) return notFound('Partner');
			const existing = links.find((l) => l.partnerId === partner.id && l.url === body.url);
			if (existing) {
				const { partnerId, tenantId, linkProps, ...fields } = body;
				updateLinkRecord(existing, { ...(linkProps ?? {}), ...fields });
				return { body: publicLink(existing) };
			}
			return handlers.createPartnerLink({ body });
		},
		retrievePartnerLinks({ query }) {
			const partner = partnerOf(query);
			return partner ? { body: partnerLinks(partner.id) } : notFound('Partner');
		},
		retrievePartnerAnalytics({ query }) {
			const partner = partnerOf(query);
			if (!partner) return notFound('Partner');
			const own = links.filter((l) => l.partnerId === partner.id);
			const total = (field) => own.reduce((sum, l) => sum + l[field], 0);
			const counts = { clicks: total('clicks'), leads: total('leads'), sales: total('sales'), saleAmount: total('saleAmount'), earnings: Math.round(total('saleAmount') * 0.2) };
			const groupBy = query.groupBy ?? 'count';
			if (groupBy === 'count') return { body: counts };
			if (groupBy === 'top_links') return { body: own.map((l) => ({ link: l.id, id: l.id, domain: l.domain, key: l.key, shortLink: l.shortLink, url: l.url, createdAt: l.createdAt, clicks: l.clicks, leads: l.leads, sales: l.sales, saleAmount: l.saleAmount, earnings: Math.round(l.saleAmount * 0.2) })) };
			return { body: [{ start: daysAgo(0, 0), ...counts }] };
		},
		banPartner({ body }) {
			const partner = partnerOf(body);
			if (!partner) return notFound('Partner');
			partner.status = 'banned';
			partner.bannedAt = isoNow();
			partner.bannedReason = body.reason ?? null;
			for (const link of links.filter((l) => l.partnerId === partner.id)) link.disabledAt = isoNow();
			return { body: { partnerId: partner.id } };
		},
		deactivatePartner({ body }) {
			const partner = partnerOf(body);
			if (!partner) return notFound('Partner');
			partner.status = 'deactivated';
			for (const link of links.filter((l) => l.partnerId === partner.id)) link.disabledAt = isoNow();
			return { body: { partnerId: partner.id } };
		},
		listPartnerApplications({ query }) {
			let list = applications.all();
			if (query.country) list = list.filter((a) => a.partner.country === query.country);
			if (query.groupId) list = list.filter((a) => a.partner.groupId === query.groupId);
			return { body: numberedPage(list, query.page, Math.min(Number(query.pageSize ?? 100), 100)) };
		},
		approvePartnerApplication({ body }) {
			const application = applications.find((a) => a.partner.id === body.partnerId);
			if (!application) return notFound('Partner application');
			applications.delete(application.id);
			const { partner: applicant } = application;
			const partner = partners.put(
				partnerRecord({
					id: applicant.id,
					name: applicant.name,
					email: applicant.email,
					country: applicant.country,
					description: applicant.description,
					website: applicant.website,
					groupId: body.groupId ?? applicant.groupId ?? DEFAULT_GROUP,
				}),
			);
			emit('partner.enrolled', publicPartner(partner), 'PartnerEnrolledEvent');
			return { body: { partnerId: partner.id } };
		},
		rejectPartnerApplication({ body }) {
			const application = applications.find((a) => a.partner.id === body.partnerId);
			if (!application) return notFound('Partner application');
			applications.delete(application.id);
			return { body: { partnerId: body.partnerId } };
		},

		// ---- webhooks
		listWebhooks() {
			return { body: webhooks.all() };
		},
		getWebhook({ params }) {
			const webhook = webhooks.get(params.webhookId);
			return webhook ? { body: webhook } : notFound('Webhook');
		},
		createWebhook({ body }) {
			if (webhooks.find((w) => w.url === body.url)) return fail(409, 'conflict', 'A webhook with this URL already exists.');
			const webhook = webhooks.put({
				id: randomId('wh_', 24),
				name: body.name,
				url: body.url,
				secret: `whsec_${randomId('', 32).toLowerCase()}`,
				triggers: body.triggers,
				linkScope: body.linkScope ?? null,
				disabledAt: null,
				installationId: null,
			});
			say(`webhook registered: ${webhook.url} (${webhook.triggers.join(', ')})`);
			changed();
			return { status: 201, body: webhook };
		},
		updateWebhook({ params, body }) {
			const webhook = webhooks.get(params.webhookId);
			if (!webhook) return notFound('Webhook');
			Object.assign(webhook, body ?? {});
			changed();
			return { body: webhook };
		},
		deleteWebhook({ params }) {
			const webhook = webhooks.delete(params.webhookId);
			if (!webhook) return notFound('Webhook');
			say(`webhook deleted: ${webhook.url}`);
			changed();
			return { body: { id: webhook.id } };
		},
	};

	const authorized = (request) =>
		request.headers.authorization === `Bearer ${DUB_SANDBOX_API_KEY}`
			? undefined
			: fail(401, 'unauthorized', 'Unauthorized: Invalid API key.');
	const guarded = Object.fromEntries(
		Object.entries(handlers).map(([operationId, handler]) => [operationId, (request) => authorized(request) ?? handler(request)]),
	);

	const { server, say: log } = await startService({
		name: 'Dub',
		documents,
		host: options.host,
		port: options.port,
		publicHost: options.publicHost,
		log: options.log,
		handlers: guarded,
		unsupported: (operationId) =>
			fail(501, 'not_implemented', `The Dub sandbox does not play ${operationId}; it plays links, customers, conversions, partners and webhooks.`),
	});
	say = log;

	return {
		name: 'Dub',
		server,
		url: server.url,
		apiKey: DUB_SANDBOX_API_KEY,
		store: { links, customers, partners, applications, webhooks },
		deliveries,
		/** What must outlive a restart: the webhooks n8n registered (n8n does not register them again at boot). */
		persistentState: () => ({ webhooks: webhooks.all() }),
		/** The n8n credential data (type dubApi) for this sandbox. */
		credentialData: () => ({ apiKey: DUB_SANDBOX_API_KEY, baseUrl: server.url }),
		close: async () => {
			await deliveries.settled();
			await server.close();
		},
	};
}

module.exports = { DUB_SANDBOX_API_KEY, startDubSandbox };
