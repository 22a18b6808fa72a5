import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

export interface HttpErrorResponse {
	status: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/**
 * The HTTP response behind an error thrown by n8n's request helpers, whatever layer wrapped it. n8n 1.x wraps it in
 * a NodeApiError that drops the original error (its `cause`), keeping only the status (`httpCode`) and, for a JSON
 * object body, that body (`context.data`): that is used when no layer carries the response itself.
 */
export function httpResponseOf(error: unknown): HttpErrorResponse | undefined {
	type Layer = {
		response?: { status?: unknown; headers?: Record<string, unknown>; data?: unknown; body?: unknown };
		cause?: unknown;
		httpCode?: unknown;
		context?: { data?: unknown };
	};
	let current = error as Layer | undefined;
	let wrapped: HttpErrorResponse | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		const response = current.response;
		if (response && typeof response === 'object' && typeof response.status === 'number') {
			return { status: response.status, headers: response.headers ?? {}, body: response.data ?? response.body };
		}
		const httpCode = Number(current.httpCode);
		const data = current.context?.data;
		if (!wrapped && Number.isInteger(httpCode) && httpCode >= 400 && httpCode < 600 && data && typeof data === 'object') {
			wrapped = { status: httpCode, headers: {}, body: data };
		}
		current = current.cause as Layer | undefined;
	}
	return wrapped;
}

export interface VendorErrorDetails {
	/** The vendor's own words: the error's headline. */
	message: string;
	/** What to do about it: field errors, a documentation link. */
	description?: string;
}

/** Reads a vendor's error envelope; returns undefined when the body is not one. */
export type ErrorEnvelopeParser = (body: unknown, status: number) => VendorErrorDetails | undefined;

/**
 * Rebuilds an HTTP failure as a NodeApiError that carries the vendor's message. It is built from the response
 * body alone, never from the request, so the credential's headers cannot end up in the error.
 */
export function toVendorApiError(
	node: INode,
	error: unknown,
	parse: ErrorEnvelopeParser,
	vendor: string,
	itemIndex?: number,
): Error {
	if (error instanceof NodeOperationError) return error;
	const response = httpResponseOf(error);
	if (!response) {
		if (error instanceof NodeApiError) return error;
		return new NodeApiError(node, error as JsonObject, { itemIndex, message: `Could not reach ${vendor}` });
	}
	const details = parse(response.body, response.status);
	const body = (typeof response.body === 'object' && response.body !== null ? response.body : {}) as JsonObject;
	return new NodeApiError(node, body, {
		httpCode: String(response.status),
		message: details?.message ?? `${vendor} answered with HTTP ${response.status}`,
		description: details?.description,
		itemIndex,
	});
}
