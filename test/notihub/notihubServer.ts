import type { Document } from 'openapi-backend';

import { ContractServer, type ContractHandler, type ContractRequest, type ContractServerOptions } from '../contract/server';
import notihubOpenApi from '../fixtures/specs/notihub-openapi.json';

export const KEYS = {
	publicKey: 'pk_live_4f1c2a',
	secretKey: 'sk_live_secret_9d8e7f6a5b',
	clientId: 'env_client_31b7',
	clientSecret: 'env_secret_c0ffee1234',
};

export async function startNotihubServer(options: Partial<ContractServerOptions> = {}) {
	return await ContractServer.start({ documents: [notihubOpenApi as unknown as Document], bearer: true, exactPaths: true, checkResponses: true, ...options });
}

export function notihubCredentials(server: ContractServer, extra: Record<string, string> = {}) {
	return { notihubApi: { ...KEYS, baseUrl: `${server.url}/`, ...extra } };
}

/**
 * Plays Notihub's token endpoint: it hands out `token_1`, `token_2`, … for the right four keys and answers 401
 * otherwise. `api(handler)` wraps an operation's handler so it answers 401 unless the request carries a token
 * that was handed out and not expired since.
 */
export function notihubAuth(server: ContractServer) {
	const issued: string[] = [];
	const expired = new Set<string>();
	server.on('createAccessToken', ({ headers }) => {
		const basic = String(headers.authorization ?? '').replace(/^Basic /, '');
		const keys = Buffer.from(basic, 'base64').toString('utf8');
		if (keys !== [KEYS.publicKey, KEYS.secretKey, KEYS.clientId, KEYS.clientSecret].join(':')) {
			return { status: 401, body: { code: 401, message: 'Invalid credentals' } };
		}
		const accessToken = `token_${issued.length + 1}`;
		issued.push(accessToken);
		return { status: 200, body: { accessToken, expiresAt: Date.now() + 6 * 3600_000 } };
	});
	return {
		issued,
		expire: (token: string) => expired.add(token),
		api(handler: ContractHandler): ContractHandler {
			return (request: ContractRequest) => {
				const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
				if (!issued.includes(token) || expired.has(token)) {
					return { status: 401, body: { code: 401, message: 'Invalid access token' } };
				}
				return handler(request);
			};
		},
	};
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function customer(n: number) {
	return {
		customerId: uuid(n),
		externalId: `user_${n}`,
		status: 'ENABLED',
		language: 'en_US',
		metadata: '',
		contacts: [{ contactId: n * 10 + 1, type: 'EMAIL', value: `customer${n}@example.com`, primary: true, verified: true }],
	};
}

export function message(n: number, customerId = uuid(1)) {
	return {
		messageId: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		request: { customerId, templateId: 'users.membership.purchased', version: 1, model: '{}' },
		template: { templateId: 'users.membership.purchased', templateGroupId: 'memberships', language: 'en_US', supportedMechanisms: ['EMAIL'] },
		customer: { customerId, languagePreference: 'en_US', mechanismPreference: ['EMAIL'] },
		deliveries: [{ mechanism: 'EMAIL', provider: 'SENDGRID', status: 'WAITING_IN_QUEUE' }],
	};
}

/** The operations that reached the server, in order, without the token exchange. */
export const apiCalls = (server: ContractServer) =>
	server.requests.filter((r) => r.operationId !== 'createAccessToken').map((r) => `${r.method} ${r.path}`);
