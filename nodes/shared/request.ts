import type { IHookFunctions, IHttpRequestOptions, ILoadOptionsFunctions, IWebhookFunctions } from 'n8n-workflow';

import { httpResponseOf, toVendorApiError } from './errors';
import type { ServiceTransport } from './pagination';
import { retryOnRateLimit } from './rateLimit';

/** A context outside routing that sends authenticated requests: webhook lifecycles and deliveries, list searches. */
type RequestContext = IHookFunctions | IWebhookFunctions | ILoadOptionsFunctions;

/**
 * One authenticated request outside declarative routing (webhook lifecycles, for instance), with the same 429
 * waits and vendor errors as the routing transport.
 */
export async function serviceRequest<T = unknown>(
	ctx: RequestContext,
	service: ServiceTransport,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<T> {
	return (await retryOnRateLimit(
		service.rateLimit,
		async () => await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, { json: true, ...options }),
		(error) => toVendorApiError(ctx.getNode(), error, service.parseError, service.vendor),
	)) as T;
}

/** The HTTP status behind an error from `serviceRequest`, if it came from an HTTP answer. */
export function httpStatusOf(error: unknown): number | undefined {
	const code = Number((error as { httpCode?: unknown } | undefined)?.httpCode);
	if (Number.isInteger(code) && code > 0) return code;
	return httpResponseOf(error)?.status;
}

export type ToleratedResult<T> = { ok: true; body: T } | { ok: false; status: number; error: Error };

/**
 * `serviceRequest` for callers that handle some failures themselves (a 404 on delete means "already gone"): a
 * failure with one of the `tolerate` statuses resolves to `{ ok: false, status, error }`; any other is thrown.
 */
export async function serviceRequestTolerating<T = unknown>(
	ctx: RequestContext,
	service: ServiceTransport,
	credentialType: string,
	options: IHttpRequestOptions,
	tolerate: number[],
): Promise<ToleratedResult<T>> {
	return await serviceRequest<T>(ctx, service, credentialType, options).then(
		(body): ToleratedResult<T> => ({ ok: true, body }),
		(error: Error): ToleratedResult<T> => {
			const status = httpStatusOf(error);
			if (status === undefined || !tolerate.includes(status)) throw error;
			return { ok: false, status, error };
		},
	);
}
