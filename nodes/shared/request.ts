/**
 * Requests outside routing for code not yet moved to a service client: the service client's `request`, so the same
 * limiter, timeouts, answer checks and vendor errors apply. Delete with the last user.
 */
import type { IHookFunctions, IHttpRequestOptions, ILoadOptionsFunctions, IWebhookFunctions } from 'n8n-workflow';

import { httpStatusOf, type ToleratedResult } from './client';
import { clientOf, type ServiceTransport } from './pagination';

type RequestContext = IHookFunctions | IWebhookFunctions | ILoadOptionsFunctions;

export { httpStatusOf, type ToleratedResult };

export async function serviceRequest<T = unknown>(
	ctx: RequestContext,
	service: ServiceTransport,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<T> {
	return await clientOf({ ...service, credentialType }).request<T>(ctx, options);
}

export async function serviceRequestTolerating<T = unknown>(
	ctx: RequestContext,
	service: ServiceTransport,
	credentialType: string,
	options: IHttpRequestOptions,
	tolerate: number[],
): Promise<ToleratedResult<T>> {
	return await clientOf({ ...service, credentialType }).requestTolerating<T>(ctx, options, tolerate);
}
