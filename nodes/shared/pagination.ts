/**
 * The transport of nodes not yet moved to operation modules: a thin face of the service client (shared/client.ts),
 * so their requests get the same limiter, timeouts, answer checks and page-walk checks. Delete with the last user.
 */
import { createServiceClient, cursorWalk, pageNumberWalk, type PageWalk, type RequestRunner } from './client';
import type { ErrorEnvelopeParser } from './errors';
import type { RateLimitPolicy } from './rateLimit';

export { cursorWalk, pageNumberWalk, type PageWalk, type RequestRunner };

export interface ServiceTransport {
	vendor: string;
	rateLimit: RateLimitPolicy;
	parseError: ErrorEnvelopeParser;
	/** The credential type; `<vendor>Api` by default. */
	credentialType?: string;
}

export const clientOf = (service: ServiceTransport) =>
	createServiceClient({ ...service, credentialType: service.credentialType ?? `${service.vendor.toLowerCase()}Api` });

export function createTransport(service: ServiceTransport) {
	const client = clientOf(service);
	return { send: client.send, paginate: client.paginate };
}
