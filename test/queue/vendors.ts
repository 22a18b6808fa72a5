/**
 * Dub's and Lago's webhook registries, the shared fakes every suite plays (scripts/sandbox/webhooks.js and
 * scripts/sandbox/lagoWebhooks.js: one webhook per URL), and deliveries signed the way each vendor signs them.
 */
import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

import { lagoWebhookEndpointRegistry, type LagoWebhookEndpoint, type LagoWebhookEndpointRegistry } from '../../scripts/sandbox/lagoWebhooks';
import { dubWebhookRegistry, type DubWebhook, type DubWebhookRegistry } from '../../scripts/sandbox/webhooks';
import type { ContractServer } from '../contract/server';

// ---- Dub: webhooks with a whsec_ secret, deliveries signed with HMAC-SHA256 (hex) in Dub-Signature ----

export type { DubWebhook, DubWebhookRegistry };

/** Dub's webhook registry on `server`: the one fake every suite shares (scripts/sandbox/webhooks.js). */
export function playDubWebhooks(server: ContractServer): DubWebhookRegistry {
	let counter = 0;
	return dubWebhookRegistry({ newId: () => `wh_queue${++counter}`, newSecret: () => `whsec_${randomUUID().replace(/-/g, '')}` }).play(server);
}

export const dubSignature = (secret: string, raw: string) => createHmac('sha256', secret).update(raw, 'utf8').digest('hex');

export async function deliverToDub(url: string, raw: string, signature: string) {
	return await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'dub-signature': signature },
		body: raw,
	});
}

// ---- Lago: webhook endpoints; deliveries signed with RS256 JWTs (Lago's key pair) in X-Lago-Signature ----

export type { LagoWebhookEndpoint, LagoWebhookEndpointRegistry };

export const LAGO_ORGANIZATION_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

/** Lago's signing key pair (LAGO_RSA_PRIVATE_KEY in Lago), and one an attacker holds. */
export const lagoKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const attackerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Ruby's Base64.encode64, which Lago uses for the public key: a line break after every 60 characters. */
function rubyEncode64(text: string) {
	return `${Buffer.from(text).toString('base64').match(/.{1,60}/g)!.join('\n')}\n`;
}

/**
 * Lago's webhook-endpoint registry on `server`, the one fake every suite shares (scripts/sandbox/lagoWebhooks.js), and
 * Lago's public key.
 */
export function playLagoWebhookEndpoints(server: ContractServer): LagoWebhookEndpointRegistry {
	const registry = lagoWebhookEndpointRegistry({
		newId: (n) => `5a1e5a1e-0000-4000-8000-${String(n).padStart(12, '0')}`,
		organizationId: LAGO_ORGANIZATION_ID,
		now: () => '2026-11-20T10:00:00Z',
	}).play(server);
	server.on('fetchJsonPublicKey', () => ({
		body: { webhook: { public_key: rubyEncode64(lagoKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString()) } },
	}));
	return registry;
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The JWT Lago puts in X-Lago-Signature: RS256 over `{data: <the body as a string>, iss}` (app/models/webhook.rb). */
export function lagoJwt(raw: string, privateKey: KeyObject = lagoKeys.privateKey) {
	const input = `${b64url(JSON.stringify({ alg: 'RS256' }))}.${b64url(JSON.stringify({ data: raw, iss: 'https://api.getlago.com' }))}`;
	return `${input}.${b64url(sign('RSA-SHA256', Buffer.from(input), privateKey))}`;
}

export async function deliverToLago(url: string, raw: string, options: { uniqueKey: string; privateKey?: KeyObject }) {
	return await fetch(url, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			'X-Lago-Signature': lagoJwt(raw, options.privateKey),
			'X-Lago-Signature-Algorithm': 'jwt',
			'X-Lago-Unique-Key': options.uniqueKey,
		},
		body: raw,
	});
}
