import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { pathOf } from '../shared/paths';
import { lagoClient } from './client';

async function lagoPage(ctx: ILoadOptionsFunctions, url: string, rootProperty: string, qs: IDataObject, paginationToken?: string) {
	const page = paginationToken ? Number(paginationToken) : 1;
	const response = await lagoClient.request<IDataObject>(ctx, {
		method: 'GET',
		url,
		qs: { ...qs, page, per_page: 100 },
		arrayFormat: 'brackets',
	});
	const records = (response[rootProperty] ?? []) as IDataObject[];
	const next = (response.meta as IDataObject | undefined)?.next_page;
	return { records, paginationToken: typeof next === 'number' ? String(next) : undefined };
}

/** The value of a resource locator chosen in the node (customer, plan...), unless it is an expression. */
function chosenValue(ctx: ILoadOptionsFunctions, parameter: string): string | undefined {
	const chosen = ctx.getCurrentNodeParameter(parameter) as { value?: unknown } | string | undefined;
	const value = typeof chosen === 'object' && chosen !== null ? chosen.value : chosen;
	// An expression cannot be resolved while the user is picking from a list.
	return typeof value === 'string' && value.trim() && !value.startsWith('=') ? value.trim() : undefined;
}

/** Lago searches customers itself; the other lists are filtered here, on the page that was read. */
function matching(results: INodeListSearchItems[], filter?: string) {
	const needle = filter?.trim().toLowerCase();
	if (!needle) return results;
	return results.filter((r) => `${r.name} ${String(r.value)}`.toLowerCase().includes(needle));
}

const label = (...parts: unknown[]) => parts.filter((p) => p !== undefined && p !== null && p !== '').join(' · ');

/**
 * A search over one Lago list (`url`, records under `root`), each record named by `toItem`. Lists Lago searches
 * itself (`searchTerm`) get the filter as `search_term`; the others are filtered here, on the page that was read.
 */
function pagedSearch(url: string, root: string, toItem: (record: IDataObject) => INodeListSearchItems, searchTerm = false) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const { records, paginationToken: next } = await lagoPage(this, url, root, searchTerm && filter ? { search_term: filter } : {}, paginationToken);
		const results = records.map(toItem);
		return { results: searchTerm ? results : matching(results, filter), paginationToken: next };
	};
}

/** A record picked by its code, shown by name and code. */
const byCode = (record: IDataObject) => ({ name: label(record.name, record.code), value: String(record.code) });

export const searchCustomers = pagedSearch(
	'/customers',
	'customers',
	(c) => ({ name: label(c.name || [c.firstname, c.lastname].filter(Boolean).join(' ') || c.external_id, c.email && `<${String(c.email)}>`), value: String(c.external_id) }),
	true,
);

export async function searchSubscriptions(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const customer = chosenValue(this, 'customer');
	const { records, paginationToken: next } = await lagoPage(
		this,
		'/subscriptions',
		'subscriptions',
		{ ...(customer ? { external_customer_id: customer } : {}), status: ['active', 'pending'] },
		paginationToken,
	);
	const results = records.map((s) => ({
		name: label(s.name || s.external_id, s.plan_code, s.status, customer ? undefined : s.external_customer_id),
		value: String(s.external_id),
	}));
	return { results: matching(results, filter), paginationToken: next };
}

export const searchPlans = pagedSearch('/plans', 'plans', byCode);

export const searchCoupons = pagedSearch('/coupons', 'coupons', byCode);

export async function searchAppliedCoupons(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const customer = chosenValue(this, 'customer');
	const { records, paginationToken: next } = await lagoPage(
		this,
		'/applied_coupons',
		'applied_coupons',
		{ status: 'active', ...(customer ? { external_customer_id: customer } : {}) },
		paginationToken,
	);
	const results = records.map((a) => ({
		name: label(a.coupon_name || a.coupon_code, customer ? undefined : a.external_customer_id, a.created_at && `applied ${String(a.created_at).slice(0, 10)}`),
		value: String(a.lago_id),
	}));
	return { results: matching(results, filter), paginationToken: next };
}

export const searchBillableMetrics = pagedSearch('/billable_metrics', 'billable_metrics', byCode);

export const searchInvoices = pagedSearch(
	'/invoices',
	'invoices',
	(i) => ({ name: label(i.number, (i.customer as IDataObject | undefined)?.name, i.issuing_date, i.status), value: String(i.lago_id) }),
	true,
);

/** Billable metrics by Lago ID, for plan charges, whose input takes the metric's ID rather than its code. */
export const searchBillableMetricIds = pagedSearch('/billable_metrics', 'billable_metrics', (m) => ({ name: label(m.name, m.code), value: String(m.lago_id) }));

export const searchTaxes = pagedSearch('/taxes', 'taxes', (t) => ({ name: label(t.name, t.code, t.rate !== undefined && `${String(t.rate)}%`), value: String(t.code) }));

export const searchFeatures = pagedSearch('/features', 'features', (f) => ({ name: label(f.name || f.code, f.code), value: String(f.code) }), true);

/** Lago serves all billing entities at once: the list has no pages. */
export async function searchBillingEntities(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const response = await lagoClient.request<IDataObject>(this, { method: 'GET', url: '/billing_entities' });
	const records = (response.billing_entities ?? []) as IDataObject[];
	const results = records.map((b) => ({ name: label(b.name, b.code, b.is_default ? 'default' : undefined), value: String(b.code) }));
	return { results: matching(results, filter) };
}

/** The charges of the plan chosen in the node, by charge code. */
export async function searchPlanCharges(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const plan = chosenValue(this, 'plan');
	if (!plan) return { results: [] };
	const { records, paginationToken: next } = await lagoPage(this, pathOf('/plans/{plan}/charges', { plan }), 'charges', {}, paginationToken);
	const results = records.map((c) => ({
		name: label(c.invoice_display_name || c.billable_metric_code, c.code, c.charge_model),
		value: String(c.code ?? c.lago_id),
	}));
	return { results: matching(results, filter), paginationToken: next };
}

export const searchWebhookEndpoints = pagedSearch('/webhook_endpoints', 'webhook_endpoints', (w) => ({ name: label(w.name, w.webhook_url), value: String(w.lago_id) }));

export const searchCreditNotes = pagedSearch(
	'/credit_notes',
	'credit_notes',
	(n) => ({
		name: label(n.number, (n.customer as IDataObject | undefined)?.name, n.invoice_number && `for ${String(n.invoice_number)}`, n.issuing_date),
		value: String(n.lago_id),
	}),
	true,
);

export const searchAddOns = pagedSearch('/add_ons', 'add_ons', byCode);

/**
 * Lago lists wallets per customer only: the customer chosen in the node, or else the search text taken as a
 * customer's external ID. Without either there is nothing to list. Each wallet's `valueOf` is what the locator holds.
 */
async function walletSearch(ctx: ILoadOptionsFunctions, valueOf: (wallet: IDataObject) => unknown, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const fromNode = chosenValue(ctx, 'customer');
	const customer = fromNode ?? filter?.trim();
	if (!customer) return { results: [] };
	const { records, paginationToken: next } = await lagoPage(ctx, '/wallets', 'wallets', { external_customer_id: customer }, paginationToken);
	const results = records.map((w) => ({
		name: label(w.name || w.code || 'Wallet', w.code && w.name ? w.code : undefined, w.status, w.credits_balance !== undefined && `${String(w.credits_balance)} credits`, fromNode ? undefined : w.external_customer_id),
		value: String(valueOf(w)),
	}));
	return { results: fromNode ? matching(results, filter) : results, paginationToken: next };
}

/** Wallets by Lago ID. */
export async function searchWallets(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await walletSearch(this, (w) => w.lago_id, filter, paginationToken);
}

/** Wallets by code, for the routes that address a wallet within its customer (alerts). */
export async function searchWalletCodes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await walletSearch(this, (w) => w.code, filter, paginationToken);
}
