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

/** Vendor text in errors is cut to this many characters: a 5 MB error page must not become the message. */
export const MAX_VENDOR_TEXT = 500;

/** A vendor's text, cut to a readable length. */
export function capped(text: string, max = MAX_VENDOR_TEXT): string {
	return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/** A body's beginning on one line, for an error that quotes what came back. */
export function excerpt(text: string, max = 200): string {
	return capped(text.replace(/\s+/g, ' ').trim(), max);
}

/** The body of an error as the error may keep it: small objects as they are, anything large cut to an excerpt. */
function keptBody(body: unknown): JsonObject {
	if (typeof body === 'string') return body.trim() ? { excerpt: excerpt(body, MAX_VENDOR_TEXT) } : {};
	if (typeof body !== 'object' || body === null) return {};
	const text = JSON.stringify(body);
	return text.length > 2 * MAX_VENDOR_TEXT ? { excerpt: excerpt(text, MAX_VENDOR_TEXT) } : (body as JsonObject);
}

const NETWORK_REASONS: Record<string, string> = {
	ECONNABORTED: 'did not answer in time',
	ETIMEDOUT: 'did not answer in time',
	ESOCKETTIMEDOUT: 'did not answer in time',
	ECONNREFUSED: 'refused the connection',
	ECONNRESET: 'closed the connection',
	ENOTFOUND: 'could not be found (DNS)',
	EAI_AGAIN: 'could not be found (DNS)',
};

/** Why no answer came, in words, from a network error (never from the request, which carries the credential). */
export function networkFailure(error: unknown): { reason: string; code?: string } {
	type Layer = { code?: unknown; message?: unknown; cause?: unknown };
	let current = error as Layer | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		const code = typeof current.code === 'string' ? current.code : undefined;
		if (code && NETWORK_REASONS[code]) return { reason: NETWORK_REASONS[code], code };
		if (typeof current.message === 'string' && /timeout/i.test(current.message)) return { reason: 'did not answer in time', code: 'ETIMEDOUT' };
		current = current.cause as Layer | undefined;
	}
	return { reason: 'could not be reached' };
}

/**
 * Rebuilds an HTTP failure as a NodeApiError that carries the vendor's message. It is built from the response
 * body alone, never from the request, so the credential's headers cannot end up in the error; vendor text is capped.
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
		const { reason, code } = networkFailure(error);
		// n8n's request helpers wrap a network failure in a NodeApiError with a generic text: say it in our words.
		if (error instanceof NodeApiError && !code) return error;
		return new NodeApiError(node, { message: `${vendor} ${reason}`, ...(code ? { reason: code } : {}) }, {
			itemIndex,
			message: `${vendor} ${reason}`,
			description:
				reason === 'did not answer in time'
					? 'The request was stopped at its timeout; nothing more is waited for. Try again later.'
					: `Check the Base URL in the ${vendor} credential and that ${vendor} is reachable.`,
		});
	}
	let details: VendorErrorDetails | undefined;
	try {
		details = parse(response.body, response.status);
	} catch {
		details = undefined;
	}
	const quoted = typeof response.body === 'string' && response.body.trim() ? ` "${excerpt(response.body)}"` : '';
	return new NodeApiError(node, keptBody(response.body), {
		httpCode: String(response.status),
		message: details?.message ? capped(details.message) : `${vendor} answered with HTTP ${response.status}${quoted}`,
		description: details?.description ? capped(details.description) : undefined,
		itemIndex,
	});
}

/**
 * The error for an answer that is not what the vendor documents (an HTML page, JSON cut off): says what came back,
 * its content type and a short excerpt.
 */
export function unexpectedAnswer(node: INode, vendor: string, answer: { status?: number; contentType?: string; body: string }, itemIndex?: number) {
	const type = answer.contentType ? String(answer.contentType).split(';')[0].trim() : 'no content type';
	const looksJson = /json/i.test(type) || /^[[{]/.test(answer.body.trim());
	const empty = answer.body.trim() === '';
	const what = empty ? 'an empty body instead of JSON' : looksJson ? 'JSON that cannot be read (cut off or malformed)' : `${type} instead of JSON`;
	return new NodeApiError(node, { excerpt: excerpt(answer.body) }, {
		message: `${vendor} answered${answer.status ? ` HTTP ${answer.status}` : ''} with ${what}`,
		description: empty
			? `Nothing came back (${type}) where ${vendor} documents a JSON answer. A proxy or a wrong Base URL often answers like this.`
			: `What came back (${type}): "${excerpt(answer.body)}". A proxy, a captive portal or a wrong Base URL often answers like this.`,
		itemIndex,
		...(answer.status ? { httpCode: String(answer.status) } : {}),
	});
}
