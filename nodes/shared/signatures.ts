import { createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Signature checks for webhook deliveries. Every check works on the RAW request body (the exact bytes the vendor
 * signed; a re-serialized JSON body can differ in spacing or key order) and answers with a `SignatureCheck`, so a
 * trigger treats HMAC and, later, JWT-signed deliveries (Lago's RS256) the same way.
 */
export interface SignatureCheck {
	valid: boolean;
	/** Why a delivery was refused; safe to send back to the caller (it names no secret). */
	reason?: string;
}

/** The parts of n8n's request object (express + n8n's raw body reader) that the checks read. */
interface RawBodyRequest {
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
	body?: unknown;
}

/**
 * The body exactly as received. n8n's webhook server keeps it in `req.rawBody` once the body has been read; when
 * nothing has read it yet, `readRawBody()` does. Undefined when neither is available.
 */
export async function rawBodyOf(request: unknown): Promise<Buffer | undefined> {
	const req = request as RawBodyRequest;
	if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function') await req.readRawBody();
	return Buffer.isBuffer(req.rawBody) ? req.rawBody : undefined;
}

/** One header's value, case-insensitively; the first one when it was sent more than once. */
export function headerValue(headers: IDataObject | Record<string, unknown>, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers ?? {})) {
		if (key.toLowerCase() !== wanted) continue;
		const first = Array.isArray(value) ? value[0] : value;
		return typeof first === 'string' ? first : undefined;
	}
	return undefined;
}

/**
 * Compares two strings in time that does not depend on where they differ. `timingSafeEqual` throws on inputs of
 * different lengths, so a length mismatch still runs one comparison before answering false.
 */
export function safeEqual(expected: string, received: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(received, 'utf8');
	if (a.length !== b.length) {
		timingSafeEqual(a, a);
		return false;
	}
	return timingSafeEqual(a, b);
}

export interface HmacOptions {
	/** The shared secret, used as UTF-8 bytes exactly as the vendor shows it (prefixes such as `whsec_` included). */
	secret: string;
	/** The raw request body. */
	payload: Buffer | string;
	/** The signature the delivery carries, e.g. the value of `Dub-Signature`. */
	signature: string | undefined;
	/** Where the signature came from, for the refusal reason. */
	source?: string;
	algorithm?: 'sha256' | 'sha512' | 'sha1';
	encoding?: 'hex' | 'base64';
}

export function hmacDigest(
	secret: string,
	payload: Buffer | string,
	algorithm: HmacOptions['algorithm'] = 'sha256',
	encoding: HmacOptions['encoding'] = 'hex',
): string {
	return createHmac(algorithm, Buffer.from(secret, 'utf8')).update(payload).digest(encoding);
}

/** Checks an HMAC signature over the raw body. Hex digests are compared as lowercase hex, as vendors send them. */
export function verifyHmacSignature(options: HmacOptions): SignatureCheck {
	const source = options.source ?? 'signature';
	const signature = options.signature?.trim();
	if (!signature) return { valid: false, reason: `Missing ${source}` };
	if (!options.secret) return { valid: false, reason: 'No signing secret is configured' };
	const expected = hmacDigest(options.secret, options.payload, options.algorithm, options.encoding);
	return safeEqual(expected, signature) ? { valid: true } : { valid: false, reason: `Invalid ${source}` };
}
