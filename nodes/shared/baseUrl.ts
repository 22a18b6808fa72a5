import type { IHttpRequestOptions } from 'n8n-workflow';

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
	if (/^https?:\/\//i.test(requestOptions.url ?? '')) return requestOptions;
	return { ...requestOptions, baseURL: baseUrl };
}
