import type { IHttpRequestOptions } from 'n8n-workflow';

import { timeouts } from './client';

/** An address as typed into a credential: trimmed, without trailing slashes. */
export function trimmedUrl(value: unknown): string {
	return String(value ?? '')
		.trim()
		.replace(/\/+$/, '');
}

/**
 * Points a relative request at the credential's API root; an absolute URL is left alone. Credentials call it from
 * `authenticate`, so the one base-URL derivation of a service serves routing, hooks, list searches and the
 * credential test alike.
 */
export function withBaseUrl(requestOptions: IHttpRequestOptions, baseUrl: string): IHttpRequestOptions {
	const bounded = withTimeout(requestOptions);
	if (/^https?:\/\//i.test(bounded.url ?? '')) return bounded;
	return { ...bounded, baseURL: baseUrl };
}

/**
 * n8n's routing engine gives requests five minutes unless the node has a Timeout option, and the credential test
 * runs through it with no way to say otherwise: a request arriving here with no bound or that default gets the
 * package's own (the service client sets it for everything else).
 */
function withTimeout(requestOptions: IHttpRequestOptions): IHttpRequestOptions {
	if (requestOptions.timeout !== undefined && requestOptions.timeout !== 300_000) return requestOptions;
	return { ...requestOptions, timeout: timeouts.requestMs };
}
