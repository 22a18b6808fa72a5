import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { dubClient } from './client';

type ToResult = (record: IDataObject) => INodeListSearchItems;

async function dubGet(ctx: ILoadOptionsFunctions, url: string, qs: IDataObject) {
	return await dubClient.request<IDataObject[]>(ctx, { method: 'GET', url, qs });
}

/** "Name <email>", or the ID when neither is known. */
const person: ToResult = (record) => ({
	name: [record.name, record.email && `<${record.email as string}>`].filter(Boolean).join(' ') || String(record.id),
	value: String(record.id),
});

/** A search over a list that pages by `startingAfter` (customers, links). */
function cursorSearch(url: string, toResult: ToResult) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const qs: IDataObject = { pageSize: 100 };
		if (filter) qs.search = filter;
		if (paginationToken) qs.startingAfter = paginationToken;
		const records = await dubGet(this, url, qs);
		return {
			results: records.map(toResult),
			paginationToken: records.length === 100 ? String(records[records.length - 1].id) : undefined,
		};
	};
}

/** A search over a list that pages by a 1-based `page` (partners, tags, folders, domains). */
function pagedSearch(url: string, pageSize: number, toResult: ToResult) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = paginationToken ? Number(paginationToken) : 1;
		const qs: IDataObject = { pageSize, page };
		if (filter) qs.search = filter;
		const records = await dubGet(this, url, qs);
		return { results: records.map(toResult), paginationToken: records.length === pageSize ? String(page + 1) : undefined };
	};
}

/** Backs the "From List" mode of customer pickers: Dub's own search over email, external ID and name. */
export const searchCustomers = cursorSearch('/customers', person);

/** Backs the "From List" mode of link pickers. */
export const searchLinks = cursorSearch('/links', (l) => ({ name: String(l.shortLink ?? l.id), value: String(l.id), url: l.url as string }));

/** Backs the "From List" mode of partner pickers. */
export const searchPartners = pagedSearch('/partners', 100, person);

/** Backs the "From List" mode of tag pickers. */
export const searchTags = pagedSearch('/tags', 100, (t) => ({ name: String(t.name ?? t.id), value: String(t.id) }));

/** Backs the "From List" mode of folder pickers (Dub serves at most 50 folders a page). */
export const searchFolders = pagedSearch('/folders', 50, (f) => ({ name: String(f.name ?? f.id), value: String(f.id) }));

/** Backs the "From List" mode of domain pickers: the value is the domain name, which Dub's paths take. */
export const searchDomains = pagedSearch('/domains', 50, (d) => ({ name: String(d.slug), value: String(d.slug) }));

/** Backs the "From List" mode of commission pickers: the latest commissions first. */
export const searchCommissions = pagedSearch('/commissions', 100, (c) => {
	const partner = (c.partner as IDataObject | undefined)?.name ?? c.partnerId ?? '';
	const amount = typeof c.earnings === 'number' ? ` ${(c.earnings / 100).toFixed(2)} ${String(c.currency ?? '').toUpperCase()}` : '';
	return { name: `${String(c.id)}${partner ? ` · ${String(partner)}` : ''}${amount}`.trim(), value: String(c.id) };
});

/** Backs the "From List" mode of webhook pickers: Dub lists every webhook at once, so the filter applies here. */
export async function searchWebhooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const webhooks = await dubGet(this, '/webhooks', {});
	const wanted = filter?.trim().toLowerCase();
	return {
		results: webhooks
			.filter((w) => !wanted || `${String(w.name)} ${String(w.url)}`.toLowerCase().includes(wanted))
			.map((w) => ({ name: String(w.name ?? w.id), value: String(w.id), url: w.url as string })),
	};
}

/** Every option of a searchable list, for `options`/`multiOptions` fields (at most 10 pages). */
function allOptions(search: ReturnType<typeof pagedSearch>) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const options: INodePropertyOptions[] = [];
		let token: string | undefined;
		for (let pages = 0; pages < 10; pages++) {
			const page = await search.call(this, undefined, token);
			options.push(...page.results.map(({ name, value }) => ({ name, value })));
			token = page.paginationToken;
			if (!token) break;
		}
		return options;
	};
}

/** The workspace's tags, for a link's Tag IDs. */
export const getTags = allOptions(searchTags);

/** The workspace's folders, for a link's Folder. */
export const getFolders = allOptions(searchFolders);
