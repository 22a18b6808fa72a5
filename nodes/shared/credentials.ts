import type { ICredentialDataDecryptedObject, ICredentialTestRequest, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { withBaseUrl } from './baseUrl';

/** The parts the package's credentials share: key and address fields, Bearer authentication, test rules. */

/** A key of the credential: shown as a password unless `secret: false`, required unless `optional`. */
export function keyField(
	name: string,
	displayName: string,
	description: string,
	{ secret = true, optional = false, ...extra }: Partial<INodeProperties> & { secret?: boolean; optional?: boolean } = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		...(secret ? { typeOptions: { password: true } } : {}),
		default: '',
		...(optional ? {} : { required: true }),
		description,
		...extra,
	};
}

/** The vendor's API key. */
export const apiKeyField = (description: string, extra?: Partial<INodeProperties>) => keyField('apiKey', 'API Key', description, extra);

/** The API root, with the vendor's own as default. */
export function baseUrlField(defaultUrl: string, description: string): INodeProperties {
	return { displayName: 'Base URL', name: 'baseUrl', type: 'string', default: defaultUrl, required: true, description };
}

/**
 * `authenticate` of a credential: the credential field `tokenField` as a Bearer token and the API root from
 * `baseUrlOf`, for every request of every context (routing, hooks, list searches, the credential test).
 */
export function bearerAuth(tokenField: string, baseUrlOf: (credentials: ICredentialDataDecryptedObject) => string) {
	return async (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> => {
		const authenticated = withBaseUrl(requestOptions, baseUrlOf(credentials));
		return { ...authenticated, headers: { ...authenticated.headers, Authorization: `Bearer ${String(credentials[tokenField])}` } };
	};
}

/** The credential test: one request and what to say for each refusing status. */
export function credentialTest(request: ICredentialTestRequest['request'], messages: Record<number, string>): ICredentialTestRequest {
	return {
		request,
		rules: Object.entries(messages).map(([status, message]) => ({ type: 'responseCode' as const, properties: { value: Number(status), message } })),
	};
}
