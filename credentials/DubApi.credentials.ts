import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { trimmedUrl, withBaseUrl } from '../nodes/shared/baseUrl';

/** The API root of a Dub credential. */
const dubBaseUrl = (credentials: ICredentialDataDecryptedObject) => trimmedUrl(credentials.baseUrl);

export class DubApi implements ICredentialType {
	name = 'dubApi';

	displayName = 'Dub API';

	icon = { light: 'file:../icons/dub.svg', dark: 'file:../icons/dub.dark.svg' } as const;

	documentationUrl = 'https://dub.co/docs/api-reference/tokens';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'dub_xxxxxxxxxxxxxxxxxxxxxxxx',
			description:
				'A workspace API key from Dub: Settings → API Keys. Customers, partners, tracking and webhooks need a Business plan or higher.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.dub.co',
			required: true,
			description: 'Change this only for a self-hosted Dub',
		},
	];

	/** Bearer key and base URL for every request of every context (routing, hooks, list searches, this test). */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const authenticated = withBaseUrl(requestOptions, dubBaseUrl(credentials));
		return { ...authenticated, headers: { ...authenticated.headers, Authorization: `Bearer ${String(credentials.apiKey)}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			url: '/links',
			qs: { pageSize: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Dub rejected the API key: check that it is copied whole and has not been revoked',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Dub accepted the key but refused access: give the key the links.read scope, or upgrade the workspace plan',
				},
			},
		],
	};
}
