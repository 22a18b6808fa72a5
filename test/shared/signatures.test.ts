import { createHmac, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';

import { verifyHmacSignature, verifyRs256Jwt } from '../../nodes/shared/signatures';

// RFC-style reference vector: HMAC-SHA256, key "key", message "The quick brown fox jumps over the lazy dog".
const message = 'The quick brown fox jumps over the lazy dog';
const hex = 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8';
const base64 = '97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=';

describe('shared › HMAC signatures', () => {
	it('accepts the reference digest in hex and in base64, over a string or a Buffer', () => {
		expect(verifyHmacSignature({ secret: 'key', payload: message, signature: hex })).toEqual({ valid: true });
		expect(
			verifyHmacSignature({ secret: 'key', payload: Buffer.from(message), signature: base64, encoding: 'base64' }),
		).toEqual({ valid: true });
	});

	it('accepts a hex digest in capitals or mixed case', () => {
		expect(verifyHmacSignature({ secret: 'key', payload: message, signature: hex.toUpperCase() })).toEqual({ valid: true });
		const mixed = [...hex].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
		expect(verifyHmacSignature({ secret: 'key', payload: message, signature: mixed })).toEqual({ valid: true });
	});

	it('refuses a wrong, truncated, differently encoded or missing signature without throwing', () => {
		const check = (signature: string | undefined, encoding: 'hex' | 'base64' = 'hex') =>
			verifyHmacSignature({ secret: 'key', payload: message, signature, encoding, source: 'X-Signature header' });
		expect(check(hex.replace(/^f/, '0'))).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(hex.slice(0, 10))).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(base64.toLowerCase(), 'base64')).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(hex, 'base64')).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(undefined)).toEqual({ valid: false, reason: 'Missing X-Signature header' });
		expect(check('  ')).toEqual({ valid: false, reason: 'Missing X-Signature header' });
	});
});

// RFC 7515 appendix A.2: a JWS signed with RS256, and the public half of the RSA key that signed it.
const rfcKey = createPublicKey({
	key: {
		kty: 'RSA',
		e: 'AQAB',
		n:
			'ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWv' +
			'G6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9' +
			'kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ',
	},
	format: 'jwk',
})
	.export({ type: 'spki', format: 'pem' })
	.toString();
const rfcToken =
	'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.' +
	'cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4' +
	'BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv' +
	'hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw';
const rfcExp = 1300819380;

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signerPublicPem = signer.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A compact JWS over `claims`, with any header, signed RS256 by `privateKey` (or by `signature` when given). */
function jwt(claims: object, options: { header?: object; privateKey?: typeof signer.privateKey; signature?: (input: string) => string } = {}) {
	const input = `${b64url(JSON.stringify(options.header ?? { alg: 'RS256' }))}.${b64url(JSON.stringify(claims))}`;
	const signature = options.signature
		? options.signature(input)
		: b64url(sign('RSA-SHA256', Buffer.from(input), options.privateKey ?? signer.privateKey));
	return `${input}.${signature}`;
}

describe('shared › RS256 JWT', () => {
	it('verifies the RFC 7515 A.2 example and returns its claims', () => {
		const check = verifyRs256Jwt({ token: rfcToken, publicKey: rfcKey, now: rfcExp - 1 });
		expect(check).toEqual({
			valid: true,
			claims: { iss: 'joe', exp: rfcExp, 'http://example.com/is_root': true },
		});
	});

	it('refuses the RFC example once it has expired, and before nbf', () => {
		expect(verifyRs256Jwt({ token: rfcToken, publicKey: rfcKey, now: rfcExp })).toMatchObject({
			valid: false,
			failure: 'expired',
		});
		const early = jwt({ nbf: 2000 });
		expect(verifyRs256Jwt({ token: early, publicKey: signerPublicPem, now: 1999 })).toMatchObject({ valid: false, failure: 'expired' });
		expect(verifyRs256Jwt({ token: early, publicKey: signerPublicPem, now: 2000 })).toMatchObject({ valid: true });
	});

	it('accepts a PKCS#1 public key as well as an SPKI one', () => {
		const pkcs1 = signer.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
		expect(pkcs1).toContain('BEGIN RSA PUBLIC KEY');
		const token = jwt({ data: '{"a":1}' });
		expect(verifyRs256Jwt({ token, publicKey: pkcs1 })).toEqual({ valid: true, claims: { data: '{"a":1}' } });
	});

	it('refuses a token signed by another key, or whose claims were changed after signing', () => {
		const byOther = jwt({ data: 'x' }, { privateKey: other.privateKey });
		expect(verifyRs256Jwt({ token: byOther, publicKey: signerPublicPem, source: 'X-Sig header' })).toEqual({
			valid: false,
			reason: 'Invalid X-Sig header',
			failure: 'signature',
		});
		const [header, , signature] = jwt({ data: 'pay 10' }).split('.');
		const tampered = `${header}.${b64url(JSON.stringify({ data: 'pay 1000' }))}.${signature}`;
		expect(verifyRs256Jwt({ token: tampered, publicKey: signerPublicPem })).toMatchObject({ valid: false, failure: 'signature' });
	});

	it('refuses alg none, HS256 signed with the public key text, and any other algorithm, before checking a signature', () => {
		const none = `${b64url('{"alg":"none"}')}.${b64url('{"data":"x"}')}.`;
		const hs256 = jwt(
			{ data: 'x' },
			{
				header: { alg: 'HS256', typ: 'JWT' },
				signature: (input) => createHmac('sha256', signerPublicPem).update(input).digest('base64url'),
			},
		);
		const ps256 = jwt({ data: 'x' }, { header: { alg: 'PS256' } });
		const noAlg = jwt({ data: 'x' }, { header: { typ: 'JWT' } });

		expect(verifyRs256Jwt({ token: none, publicKey: signerPublicPem, source: 'token' })).toEqual({
			valid: false,
			reason: 'token is signed with "none"; only RS256 is accepted',
			failure: 'algorithm',
		});
		expect(verifyRs256Jwt({ token: hs256, publicKey: signerPublicPem })).toMatchObject({ valid: false, failure: 'algorithm' });
		expect(verifyRs256Jwt({ token: ps256, publicKey: signerPublicPem })).toMatchObject({ valid: false, failure: 'algorithm' });
		expect(verifyRs256Jwt({ token: noAlg, publicKey: signerPublicPem })).toMatchObject({
			valid: false,
			reason: 'token is signed with null; only RS256 is accepted',
		});
	});

	it('refuses tokens with critical header extensions it does not implement', () => {
		const token = jwt({ data: 'x' }, { header: { alg: 'RS256', crit: ['exp'], exp: 1 } });
		expect(verifyRs256Jwt({ token, publicKey: signerPublicPem })).toMatchObject({ valid: false, failure: 'malformed' });
	});

	it('refuses missing and malformed tokens without throwing', () => {
		const good = jwt({ data: 'x' });
		const check = (token: string | undefined) => verifyRs256Jwt({ token, publicKey: signerPublicPem, source: 'X-Sig header' });
		expect(check(undefined)).toEqual({ valid: false, reason: 'Missing X-Sig header', failure: 'missing' });
		expect(check('  ')).toMatchObject({ failure: 'missing' });
		for (const token of [
			'not-a-jwt',
			good.split('.').slice(0, 2).join('.'),
			`${good}.extra`,
			`${good.split('.').slice(0, 2).join('.')}.`,
			`${b64url('not json')}.${good.split('.')[1]}.${good.split('.')[2]}`,
			`${b64url('[1]')}.${good.split('.')[1]}.${good.split('.')[2]}`,
			good.replace(/\.[^.]+$/, '.sig+with/base64=chars'),
		]) {
			expect(check(token)).toEqual({ valid: false, reason: 'X-Sig header is not a JWT', failure: 'malformed' });
		}
	});

	it('answers "key" when the public key is not a usable RSA key', () => {
		const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
		const token = jwt({ data: 'x' });
		expect(verifyRs256Jwt({ token, publicKey: 'not a key' })).toMatchObject({ valid: false, failure: 'key' });
		expect(verifyRs256Jwt({ token, publicKey: ec })).toMatchObject({ valid: false, failure: 'key' });
	});
});
