import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import { apiKeyField, bearerAuth, credentialTest, keyField } from '../nodes/shared/credentials';
import { lagoBaseUrl } from '../nodes/Lago/baseUrl';

export class LagoApi implements ICredentialType {
	name = 'lagoApi';

	displayName = 'Lago API';

	icon = { light: 'file:../icons/lago.svg', dark: 'file:../icons/lago.dark.svg' } as const;

	documentationUrl = 'https://getlago.com/docs/api-reference/intro';

	properties: INodeProperties[] = [
		apiKeyField('An API key of your Lago organization: Developers → API keys in the Lago app'),
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
		keyField(
			'hmacSignatureToken',
			'HMAC Signature Token',
			'Only needed for webhooks signed with HMAC. Lago shows it in Developers → Webhooks; it is not the API key and the API cannot read it.',
			{ optional: true },
		),
	];

	/** Bearer key and base URL for every request of every context (routing, hooks, list searches, this test). */
	authenticate = bearerAuth('apiKey', lagoBaseUrl);

	test = credentialTest(
		{ url: '/customers', qs: { page: 1, per_page: 1 } },
		{
			401: 'Lago rejected the API key: check that it is copied whole, has not been rolled, and belongs to the chosen region (US and EU keys differ)',
			403: 'Lago accepted the key but refused to list customers: give the key read access to customers',
			404: 'No Lago API at this address: for a self-hosted Lago, check the API URL (it ends in /api/v1)',
		},
	);
}
