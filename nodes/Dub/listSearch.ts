import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { dubClient } from './client';

async function dubGet(ctx: ILoadOptionsFunctions, url: string, qs: IDataObject) {
	return await dubClient.request<IDataObject[]>(ctx, { method: 'GET', url, qs });
}

/** Backs the "From List" mode of customer pickers: Dub's own search over email, external ID and name. */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { pageSize: 100 };
	if (filter) qs.search = filter;
	if (paginationToken) qs.startingAfter = paginationToken;
	const customers = await dubGet(this, '/customers', qs);
	return {
		results: customers.map((c) => ({
			name: [c.name, c.email && `<${c.email as string}>`].filter(Boolean).join(' ') || String(c.id),
			value: String(c.id),
		})),
		paginationToken: customers.length === 100 ? String(customers[customers.length - 1].id) : undefined,
	};
}

/** Backs the "From List" mode of link pickers. */
export async function searchLinks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { pageSize: 100 };
	if (filter) qs.search = filter;
	if (paginationToken) qs.startingAfter = paginationToken;
	const links = await dubGet(this, '/links', qs);
	return {
		results: links.map((l) => ({ name: String(l.shortLink ?? l.id), value: String(l.id), url: l.url as string })),
		paginationToken: links.length === 100 ? String(links[links.length - 1].id) : undefined,
	};
}

/** Backs the "From List" mode of partner pickers. */
export async function searchPartners(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: IDataObject = { pageSize: 100, page };
	if (filter) qs.search = filter;
	const partners = await dubGet(this, '/partners', qs);
	return {
		results: partners.map((p) => ({
			name: [p.name, p.email && `<${p.email as string}>`].filter(Boolean).join(' ') || String(p.id),
			value: String(p.id),
		})),
		paginationToken: partners.length === 100 ? String(page + 1) : undefined,
	};
}

/** Backs the "From List" mode of folder pickers: Dub's folders, 50 a page. */
export async function searchFolders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: IDataObject = { pageSize: 50, page };
	if (filter) qs.search = filter;
	const folders = await dubGet(this, '/folders', qs);
	return {
		results: folders.map((f) => ({ name: String(f.name ?? f.id), value: String(f.id) })),
		paginationToken: folders.length === 50 ? String(page + 1) : undefined,
	};
}
