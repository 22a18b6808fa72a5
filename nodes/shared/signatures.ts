import { createHmac, createPublicKey, timingSafeEqual, verify, type KeyObject } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Signature checks for webhook deliveries. Every check works on the RAW request body (the exact bytes the vendor
 * signed; a re-serialized JSON body can differ in spacing or key order) and answers with a `SignatureCheck`, so a
 * trigger treats HMAC and JWT-signed deliveries (Lago's RS256) the same way.
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

/**
 * Checks an HMAC signature over the raw body, in constant time. Hex is case-insensitive (a digest in capitals is the
 * same digest); Base64 is compared exactly.
 */
export function verifyHmacSignature(options: HmacOptions): SignatureCheck {
	const source = options.source ?? 'signature';
	const encoding = options.encoding ?? 'hex';
	const trimmed = options.signature?.trim();
	if (!trimmed) return { valid: false, reason: `Missing ${source}` };
	if (!options.secret) return { valid: false, reason: 'No signing secret is configured' };
	const signature = encoding === 'hex' ? trimmed.toLowerCase() : trimmed;
	const expected = hmacDigest(options.secret, options.payload, options.algorithm, encoding);
	return safeEqual(expected, signature) ? { valid: true } : { valid: false, reason: `Invalid ${source}` };
}

export interface JwtOptions {
	/** The compact JWT the delivery carries: `header.payload.signature`. */
	token: string | undefined;
	/** The signer's RSA public key as PEM (`BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`). */
	publicKey: string;
	/** Where the token came from, for the refusal reason. */
	source?: string;
	/** The current time in epoch seconds, for `exp` and `nbf`; for tests. */
	now?: number;
}

export interface JwtCheck extends SignatureCheck {
	/** The token's claims, when it is valid. */
	claims?: IDataObject;
	/**
	 * What went wrong. Only `signature` and `key` can mean that the signer changed its key (so fetching the key
	 * again may help); every other failure is the token's own fault.
	 */
	failure?: 'missing' | 'malformed' | 'algorithm' | 'key' | 'signature' | 'expired';
}

const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+$/;

function decodeJsonSegment(segment: string): IDataObject | undefined {
	if (!BASE64URL_SEGMENT.test(segment)) return undefined;
	try {
		const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

// Parsing a PEM costs far more than verifying a signature with it, and a trigger sees the same key on every
// delivery. A pure cache of parsed keys: nothing depends on it surviving, so it may live in process memory.
const parsedKeys = new Map<string, KeyObject | undefined>();

function rsaKey(pem: string): KeyObject | undefined {
	if (parsedKeys.has(pem)) return parsedKeys.get(pem);
	let key: KeyObject | undefined;
	try {
		const parsed = createPublicKey(pem);
		key = parsed.asymmetricKeyType === 'rsa' ? parsed : undefined;
	} catch {
		key = undefined;
	}
	if (parsedKeys.size >= 16) parsedKeys.clear();
	parsedKeys.set(pem, key);
	return key;
}

/**
 * Checks an RS256-signed JWT (RSASSA-PKCS1-v1_5 with SHA-256 over `header.payload`) with node:crypto alone. The
 * algorithm is fixed by the caller, never taken from the token: a header naming anything but RS256 (`none`, or
 * HS256 "signed" with the public key's text) is refused before any signature is computed.
 */
export function verifyRs256Jwt(options: JwtOptions): JwtCheck {
	const source = options.source ?? 'token';
	const token = options.token?.trim();
	if (!token) return { valid: false, reason: `Missing ${source}`, failure: 'missing' };
	const malformed: JwtCheck = { valid: false, reason: `${source} is not a JWT`, failure: 'malformed' };

	const parts = token.split('.');
	if (parts.length !== 3) return malformed;
	const [encodedHeader, encodedClaims, encodedSignature] = parts;
	const header = decodeJsonSegment(encodedHeader);
	if (!header) return malformed;
	if (header.alg !== 'RS256') {
		return {
			valid: false,
			reason: `${source} is signed with ${JSON.stringify(header.alg ?? null)}; only RS256 is accepted`,
			failure: 'algorithm',
		};
	}
	// RFC 7515 §4.1.11: a token with critical extensions the verifier does not implement must be refused.
	if (header.crit !== undefined) return { valid: false, reason: `${source} has critical header extensions`, failure: 'malformed' };
	if (!BASE64URL_SEGMENT.test(encodedSignature)) return malformed;

	const key = rsaKey(options.publicKey);
	if (!key) return { valid: false, reason: 'The public key to check the signature with is not an RSA key', failure: 'key' };
	const signed = verify(
		'RSA-SHA256',
		Buffer.from(`${encodedHeader}.${encodedClaims}`, 'ascii'),
		key,
		Buffer.from(encodedSignature, 'base64url'),
	);
	if (!signed) return { valid: false, reason: `Invalid ${source}`, failure: 'signature' };

	const claims = decodeJsonSegment(encodedClaims);
	if (!claims) return malformed;
	const now = options.now ?? Math.floor(Date.now() / 1000);
	if (typeof claims.exp === 'number' && now >= claims.exp) {
		return { valid: false, reason: `${source} has expired`, failure: 'expired' };
	}
	if (typeof claims.nbf === 'number' && now < claims.nbf) {
		return { valid: false, reason: `${source} is not valid yet`, failure: 'expired' };
	}
	return { valid: true, claims };
}
