import type { ICredentialDataDecryptedObject, ICredentialType, INodeProperties } from 'n8n-workflow';

import { trimmedUrl } from '../nodes/shared/baseUrl';
import { apiKeyField, baseUrlField, bearerAuth, credentialTest } from '../nodes/shared/credentials';

/** The API root of a Dub credential. */
const dubBaseUrl = (credentials: ICredentialDataDecryptedObject) => trimmedUrl(credentials.baseUrl);

export class DubApi implements ICredentialType {
	name = 'dubApi';

	displayName = 'Dub API';

	icon = { light: 'file:../icons/dub.svg', dark: 'file:../icons/dub.dark.svg' } as const;

	documentationUrl = 'https://dub.co/docs/api-reference/tokens';

	properties: INodeProperties[] = [
		apiKeyField(
			'A workspace API key from Dub: Settings → API Keys. Customers, partners, tracking and webhooks need a Business plan or higher.',
			{ placeholder: 'dub_xxxxxxxxxxxxxxxxxxxxxxxx' },
		),
		baseUrlField('https://api.dub.co', 'Change this only for a self-hosted Dub'),
	];

	/** Bearer key and base URL for every request of every context (routing, hooks, list searches, this test). */
	authenticate = bearerAuth('apiKey', dubBaseUrl);

	test = credentialTest(
		{ url: '/links', qs: { pageSize: 1 } },
		{
			401: 'Dub rejected the API key: check that it is copied whole and has not been revoked',
			403: 'Dub accepted the key but refused access: give the key the links.read scope, or upgrade the workspace plan',
		},
	);
}
