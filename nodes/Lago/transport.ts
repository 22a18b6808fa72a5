import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { createTransport, type PageWalk, type ServiceTransport } from '../shared/pagination';
import { invalidField } from '../shared/validation';

import { parseLagoError } from './client';

export const lagoService: ServiceTransport = {
	vendor: 'Lago',
	parseError: parseLagoError,
	rateLimit: {
		maxRetries: 3,
		// Lago Cloud sends the seconds left until the window resets; a self-hosted Lago sends no rate-limit headers.
		resetHeaders: ['x-ratelimit-reset', 'retry-after'],
		fallbackWaitMs: 1000,
		maxWaitMs: 65_000,
	},
};

export const lagoTransport = createTransport(lagoService);

/**
 * Lago lists: `page`/`per_page`, records under a root property named after the resource, and `meta.next_page`
 * that is null on the last page.
 */
export function lagoPageWalk(rootProperty: string): PageWalk {
	return {
		maxPageSize: 100,
		pageSizeParameter: 'per_page',
		firstPage: { page: 1 },
		records: (page) =>
			page.flatMap((item) => {
				const records = item.json[rootProperty];
				return Array.isArray(records) ? records.map((json) => ({ json: json as IDataObject })) : [];
			}),
		nextPage: ({ page }) => {
			const next = (page[0]?.json.meta as IDataObject | undefined)?.next_page;
			return typeof next === 'number' ? { page: next } : undefined;
		},
	};
}

export const lagoPages = (rootProperty: string) => lagoTransport.paginate(lagoPageWalk(rootProperty));

/** Lago answers `{"customer": {...}}`: the item is the object inside. */
export const unwrap = (property: string) => ({
	postReceive: [{ type: 'rootProperty' as const, properties: { property } }],
});

/**
 * Builds the request path from resource locators: `/customers/{customer}/applied_coupons/{appliedCoupon}` reads the
 * `customer` and `appliedCoupon` parameters. An empty locator is refused before sending, so no request can fall
 * back on a list or collection path.
 */
export function pathFrom(template: string, labels: Record<string, string>) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		request.url = template.replace(/\{(\w+)\}/g, (_match, parameter: string) => {
			const value = String(this.getNodeParameter(parameter, '', { extractValue: true }) ?? '').trim();
			if (!value) throw invalidField(this, labels[parameter] ?? parameter, 'is required');
			return encodeURIComponent(value);
		});
		return request;
	};
}
