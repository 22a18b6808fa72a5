import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { pathOf } from '../shared/paths';
import { notihubClient } from './client';

const PAGE_SIZE = 100;

async function notihubGet(ctx: ILoadOptionsFunctions, url: string, qs: IDataObject = {}) {
	return await notihubClient.request(ctx, { method: 'GET', url, qs });
}

function primaryContact(customer: IDataObject, type: string) {
	const contacts = (customer.contacts as IDataObject[] | undefined) ?? [];
	return (contacts.find((c) => c.type === type && c.primary) ?? contacts.find((c) => c.type === type))?.value as
		| string
		| undefined;
}

/** Backs the "From List" mode of customer pickers: Notihub's search over external ID, email and phone. */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 0;
	const qs: IDataObject = { limit: PAGE_SIZE, page };
	if (filter) qs.search = filter;
	const customers = ((await notihubGet(this, '/customers/', qs)) as IDataObject[]) ?? [];
	return {
		results: customers.map((c) => {
			const reach = primaryContact(c, 'EMAIL') ?? primaryContact(c, 'PHONE');
			const name = [c.externalId, reach && `<${reach}>`].filter(Boolean).join(' ');
			return { name: name || String(c.customerId), value: String(c.customerId) };
		}),
		paginationToken: customers.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}

/** Backs the "From List" mode of contact pickers: the contacts of the customer chosen above. */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const customerId = String(this.getCurrentNodeParameter('customerId', { extractValue: true }) ?? '').trim();
	if (!customerId) return { results: [] };
	const customer = (await notihubGet(this, pathOf('/customers/{customerId}', { customerId }))) as IDataObject;
	const needle = filter?.toLowerCase() ?? '';
	return {
		results: ((customer.contacts as IDataObject[] | undefined) ?? [])
			.map((c) => ({
				name: `${String(c.type)}: ${String(c.value)}${c.primary ? ' (primary)' : ''}`,
				value: String(c.contactId),
			}))
			.filter((r) => !needle || r.name.toLowerCase().includes(needle)),
	};
}

/** Backs the "From List" mode of message pickers: recent messages, filtered here by template or customer. */
export async function searchMessages(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 0;
	const messages = ((await notihubGet(this, '/messages/', { limit: PAGE_SIZE, page })) as IDataObject[]) ?? [];
	const needle = filter?.toLowerCase() ?? '';
	return {
		results: messages
			.map((m) => {
				const request = (m.request as IDataObject | undefined) ?? {};
				const template = (m.template as IDataObject | undefined)?.templateId ?? request.templateId;
				return {
					name: `${String(template ?? 'message')} → ${String(request.customerId ?? '?')}`,
					value: String(m.messageId),
				};
			})
			.filter((r) => !needle || `${r.name} ${r.value}`.toLowerCase().includes(needle)),
		paginationToken: messages.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}
