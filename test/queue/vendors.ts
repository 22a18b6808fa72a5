/**
 * Dub's and Lago's webhook registries, played by the contract servers the way the unit tests play them (one webhook
 * per URL; Dub's is the shared fake of scripts/sandbox/webhooks.js), and deliveries signed the way each vendor signs
 * them.
 */
import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

import { dubWebhookRegistry, type DubWebhook, type DubWebhookRegistry } from '../../scripts/sandbox/webhooks';
import type { ContractRequest, ContractServer } from '../contract/server';

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

export interface LagoEndpoint {
	lago_id: string;
	lago_organization_id: string;
	webhook_url: string;
	signature_algo: 'jwt' | 'hmac';
	name: string | null;
	event_types: string[] | null;
	created_at: string;
}

export const LAGO_ORGANIZATION_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

/** Lago's signing key pair (LAGO_RSA_PRIVATE_KEY in Lago), and one an attacker holds. */
export const lagoKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const attackerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Ruby's Base64.encode64, which Lago uses for the public key: a line break after every 60 characters. */
function rubyEncode64(text: string) {
	return `${Buffer.from(text).toString('base64').match(/.{1,60}/g)!.join('\n')}\n`;
}

export function playLagoWebhookEndpoints(server: ContractServer) {
	const endpoints = new Map<string, LagoEndpoint>();
	const notFound = { status: 404, body: { status: 404, error: 'Not Found', code: 'webhook_endpoint_not_found' } };
	let counter = 0;
	server
		.on('createWebhookEndpoint', ({ body }: ContractRequest) => {
			const input = body.webhook_endpoint;
			if ([...endpoints.values()].some((e) => e.webhook_url === input.webhook_url)) {
				return {
					status: 422,
					body: { status: 422, error: 'Unprocessable Entity', code: 'validation_errors', error_details: { webhook_url: ['value_already_exist'] } },
				};
			}
			const endpoint: LagoEndpoint = {
				lago_id: `5a1e5a1e-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
				lago_organization_id: LAGO_ORGANIZATION_ID,
				webhook_url: input.webhook_url,
				signature_algo: input.signature_algo ?? 'jwt',
				name: input.name ?? null,
				event_types: input.event_types ?? null,
				created_at: '2026-11-20T10:00:00Z',
			};
			endpoints.set(endpoint.lago_id, endpoint);
			return { body: { webhook_endpoint: endpoint } };
		})
		.on('findAllWebhookEndpoints', () => ({
			body: {
				webhook_endpoints: [...endpoints.values()],
				meta: { current_page: 1, next_page: null, prev_page: null, total_pages: 1, total_count: endpoints.size },
			},
		}))
		.on('findWebhookEndpoint', ({ params }: ContractRequest) =>
			endpoints.has(params.lago_id) ? { body: { webhook_endpoint: endpoints.get(params.lago_id) } } : notFound,
		)
		.on('destroyWebhookEndpoint', ({ params }: ContractRequest) => {
			const endpoint = endpoints.get(params.lago_id);
			if (!endpoint) return notFound;
			endpoints.delete(params.lago_id);
			return { body: { webhook_endpoint: endpoint } };
		})
		.on('fetchJsonPublicKey', () => ({
			body: { webhook: { public_key: rubyEncode64(lagoKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString()) } },
		}));
	return endpoints;
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
