import { verifyHmacSignature } from '../../nodes/shared/signatures';

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

	it('refuses a wrong, truncated, differently encoded or missing signature without throwing', () => {
		const check = (signature: string | undefined, encoding: 'hex' | 'base64' = 'hex') =>
			verifyHmacSignature({ secret: 'key', payload: message, signature, encoding, source: 'X-Signature header' });
		expect(check(hex.replace(/^f/, '0'))).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(hex.slice(0, 10))).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(hex.toUpperCase())).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(hex, 'base64')).toEqual({ valid: false, reason: 'Invalid X-Signature header' });
		expect(check(undefined)).toEqual({ valid: false, reason: 'Missing X-Signature header' });
		expect(check('  ')).toEqual({ valid: false, reason: 'Missing X-Signature header' });
	});
});
