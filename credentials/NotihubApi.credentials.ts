import { createHash } from 'node:crypto';
import { UserError, type ICredentialDataDecryptedObject, type ICredentialType, type IHttpRequestHelper, type INodeProperties } from 'n8n-workflow';

import { trimmedUrl } from '../nodes/shared/baseUrl';
import { baseUrlField, bearerAuth, credentialTest, keyField } from '../nodes/shared/credentials';
import { timeouts } from '../nodes/shared/client';
import { capped } from '../nodes/shared/errors';

const KEY_FIELDS = [
	['publicKey', 'Public Key'],
	['secretKey', 'Secret Key'],
	['clientId', 'Environment Client ID'],
	['clientSecret', 'Environment Client Secret'],
] as const;

const baseUrlOf = (credentials: ICredentialDataDecryptedObject) => trimmedUrl(credentials.baseUrl);

/**
 * Says why the token exchange failed without repeating the request: the request carries the four keys, so neither
 * it nor the original error may reach the message.
 */
function tokenExchangeFailure(error: unknown, url: string): UserError {
	const response = (error as { response?: { status?: number; data?: unknown } }).response;
	const status = response?.status ?? (error as { httpCode?: string }).httpCode;
	const vendorMessage = (response?.data as { message?: unknown } | undefined)?.message;
	const detail = typeof vendorMessage === 'string' && vendorMessage ? `: "${capped(vendorMessage)}"` : '';
	if (status !== undefined) {
		const hint =
			Number(status) === 401 || Number(status) === 403
				? ' Check the public key, secret key, environment client ID and environment client secret in the Notihub credential.'
				: '';
		return new UserError(
			`Notihub token exchange failed: POST ${url} answered HTTP ${status}${detail}.${hint}`,
		);
	}
	// In words: n8n replaces a message that contains a code such as ECONNREFUSED with a generic one.
	const reasons: Record<string, string> = {
		ECONNREFUSED: 'connection refused',
		ENOTFOUND: 'host not found',
		EAI_AGAIN: 'host not found',
		ETIMEDOUT: 'timed out',
		ECONNABORTED: 'timed out',
		ECONNRESET: 'connection closed',
	};
	const reason = reasons[String((error as { code?: unknown }).code)];
	return new UserError(
		`Notihub token exchange failed: could not reach POST ${url}${reason ? ` (${reason})` : ''}. Check the Base URL in the Notihub credential.`,
	);
}

async function exchangeKeys(ctx: IHttpRequestHelper, url: string, keys: string[]): Promise<string> {
	let answer: { accessToken?: unknown };
	try {
		answer = (await ctx.helpers.httpRequest({
			method: 'POST',
			url,
			headers: { Accept: 'application/json', Authorization: `Basic ${Buffer.from(keys.join(':')).toString('base64')}` },
			json: true,
			// preAuthentication runs outside any node's Timeout: without its own bound a silent server holds the run.
			timeout: timeouts.tokenExchangeMs,
		})) as { accessToken?: unknown };
	} catch (error) {
		throw tokenExchangeFailure(error, url);
	}
	if (typeof answer?.accessToken !== 'string' || !answer.accessToken) {
		throw new UserError(`Notihub token exchange failed: POST ${url} answered without an accessToken.`);
	}
	return answer.accessToken;
}

/**
 * A declarative node sends all its items at once, so on a run without a token every item asks for one: they share
 * one exchange. Keyed by a hash of the URL and the keys; an entry lives only while its exchange is under way.
 */
const exchangesUnderWay = new Map<string, Promise<string>>();

export class NotihubApi implements ICredentialType {
	name = 'notihubApi';

	displayName = 'Notihub API';

	icon = { light: 'file:../icons/notihub.svg', dark: 'file:../icons/notihub.dark.svg' } as const;

	documentationUrl = 'https://github.com/notihub-io/notihub-docs';

	properties: INodeProperties[] = [
		// The public key only identifies the account, like AWS's access key ID; the secret key is what proves it.
		keyField('publicKey', 'Public Key', 'The public key of your Notihub account, from the Notihub dashboard', { secret: false }),
		keyField('secretKey', 'Secret Key', 'The secret key of your Notihub account, from the Notihub dashboard'),
		keyField('clientId', 'Environment Client ID', 'The client ID of the Notihub environment to work in', { secret: false }),
		keyField('clientSecret', 'Environment Client Secret', 'The client secret of the Notihub environment to work in'),
		baseUrlField('https://api.notihub.io', 'Change this only to reach Notihub through a proxy'),
		{
			// Filled by preAuthentication; n8n fetches a new one when it is empty and once after a 401.
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const keys = KEY_FIELDS.map(([name, label]) => {
			const value = String(credentials[name] ?? '').trim();
			if (!value) throw new UserError(`Notihub token exchange not attempted: the ${label} is empty.`);
			return value;
		});
		const url = `${baseUrlOf(credentials)}/token/`;
		const key = createHash('sha256').update([url, ...keys].join('\n')).digest('hex');
		let exchange = exchangesUnderWay.get(key);
		if (!exchange) {
			exchange = exchangeKeys(this, url, keys).finally(() => exchangesUnderWay.delete(key));
			exchangesUnderWay.set(key, exchange);
		}
		return { accessToken: await exchange };
	}

	/** The token from `preAuthentication` and the base URL, for every request of every context. */
	authenticate = bearerAuth('accessToken', baseUrlOf);

	test = credentialTest(
		{ url: '/customers/', qs: { limit: 1, page: 0 } },
		{
			401: 'Notihub issued an access token for these keys, but the API call (GET /customers/) refused it, also with a fresh token',
			403: 'Notihub issued an access token for these keys, but the API call (GET /customers/) was forbidden: check that the environment keys belong to this account',
		},
	);
}
