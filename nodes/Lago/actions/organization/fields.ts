import type { INodeProperties } from 'n8n-workflow';

import { text } from '../../../shared/fields';
import { inWrapper } from '../../fields';
import { issuerFields } from '../sharedFields/issuer';

/** The settings of the organization of the API key that the API lets change. */
export const organizationFields: INodeProperties[] = issuerFields('organization', ['Per Organization', 'per_organization'], {
	fields: [text('webhookUrl', 'Webhook URL', 'The legacy single webhook address; prefer Webhook Endpoint', inWrapper('organization')('webhook_url'))],
});
