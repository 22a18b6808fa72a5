import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { createTransport, pageNumberWalk, type RequestRunner } from '../shared/pagination';

import { parseNotihubError } from './client';

export const notihubTransport = createTransport({
	vendor: 'Notihub',
	parseError: parseNotihubError,
	rateLimit: {
		maxRetries: 3,
		// Notihub documents 429 but no reset header; Retry-After is honoured if it ever sends one.
		resetHeaders: ['retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
});

/** Customers and messages: `page` counts from 0 (the API reference; the SDK's examples start at 1), `limit` ≤ 200. */
export const notihubPages = notihubTransport.paginate(
	pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'limit', maxPageSize: 200, firstPage: 0 }),
);

/**
 * Notihub updates with PUT and documents no partial update, so a field left out of the body may be cleared. This
 * runner reads the record first and sends its current value for every field the user did not set.
 */
export function keepCurrentValues(options: {
	fields: string[];
	/** The URL to read the record from, given the URL of the update. */
	readUrl(updateUrl: string): string;
	/** The record inside what the read returned. */
	select(read: IDataObject, updateUrl: string): IDataObject | undefined;
	notFound(updateUrl: string): string;
}): RequestRunner {
	return async function (requestData) {
		const updateUrl = String(requestData.options.url);
		const [read] = await notihubTransport.send.call(this, {
			...requestData,
			options: { ...requestData.options, method: 'GET', url: options.readUrl(updateUrl), body: undefined, qs: {} },
		});
		const current = read ? options.select(read.json, updateUrl) : undefined;
		if (!current) {
			throw new NodeOperationError(this.getNode(), options.notFound(updateUrl), { itemIndex: this.getItemIndex() });
		}
		const body = { ...(requestData.options.body as IDataObject) };
		for (const field of options.fields) {
			if (body[field] === undefined && current[field] !== undefined && current[field] !== null) body[field] = current[field];
		}
		return await notihubTransport.send.call(this, { ...requestData, options: { ...requestData.options, body } });
	};
}
