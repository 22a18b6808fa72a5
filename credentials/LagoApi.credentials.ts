import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { withBaseUrl } from '../nodes/shared/baseUrl';
import { lagoBaseUrl } from '../nodes/Lago/baseUrl';

export class LagoApi implements ICredentialType {
	name = 'lagoApi';

	displayName = 'Lago API';

	icon = { light: 'file:../icons/lago.svg', dark: 'file:../icons/lago.dark.svg' } as const;

	documentationUrl = 'https://getlago.com/docs/api-reference/intro';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'An API key of your Lago organization: Developers → API keys in the Lago app',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'US (Lago Cloud)', value: 'us', description: 'https://api.getlago.com/api/v1' },
				{ name: 'EU (Lago Cloud)', value: 'eu', description: 'https://api.eu.getlago.com/api/v1' },
				{ name: 'Custom URL (Self-Hosted)', value: 'custom', description: 'Your own Lago API address' },
			],
			default: 'us',
			description: 'Where your Lago organization lives',
		},
		{
			displayName: 'API URL',
			name: 'customUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://lago.example.com/api/v1',
			description: 'The address of your Lago API. When it does not end in /api/v1, that is added.',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName: 'HMAC Signature Token',
			name: 'hmacSignatureToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only needed for webhooks signed with HMAC. Lago shows it in Developers → Webhooks; it is not the API key and the API cannot read it.',
		},
	];

	/** Bearer key and base URL for every request of every context (routing, hooks, list searches, this test). */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const authenticated = withBaseUrl(requestOptions, lagoBaseUrl(credentials));
		return { ...authenticated, headers: { ...authenticated.headers, Authorization: `Bearer ${String(credentials.apiKey)}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			url: '/customers',
			qs: { page: 1, per_page: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Lago rejected the API key: check that it is copied whole, has not been rolled, and belongs to the chosen region (US and EU keys differ)',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'Lago accepted the key but refused to list customers: give the key read access to customers',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No Lago API at this address: for a self-hosted Lago, check the API URL (it ends in /api/v1)',
				},
			},
		],
	};
}
