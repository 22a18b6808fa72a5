import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../../shared/operation';
import type { PathParameter } from '../../../shared/paths';

/** Notihub customer and message IDs are UUIDs it generated. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const CUSTOMER_ID_HINT =
	'Notihub names customers by the UUID it generated. To find one by your own external ID, email or phone, use Customer › Get Many with Search.';

/** How `{customerId}` is filled: a UUID, or an error that says where to find one. */
export const customerPath: Record<string, Partial<PathParameter>> = {
	customerId: { pattern: UUID, problem: 'must be a Notihub ID (a UUID)', hint: CUSTOMER_ID_HINT },
};

/** A locator whose By ID mode takes a Notihub UUID. */
export function uuidLocator(options: { displayName: string; name: string; searchListMethod: string; description: string; errorMessage: string; placeholder: string }): INodeProperties {
	return recordLocator({ ...options, idPattern: { regex: UUID_PATTERN, errorMessage: options.errorMessage } });
}

/** The customer an operation acts on. */
export const customerLocator = uuidLocator({
	displayName: 'Customer',
	name: 'customerId',
	searchListMethod: 'searchCustomers',
	description: 'The customer to act on',
	errorMessage: 'A Notihub customer ID is a UUID',
	placeholder: '0f42b842-007d-4c98-9160-ae6b6e908ca0',
});

export const contactTypeOptions = [
	{ name: 'Email', value: 'EMAIL' },
	{ name: 'Phone', value: 'PHONE' },
	{ name: 'Push Token', value: 'PUSH' },
];

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields Create and Update share. */
export const customerFields: INodeProperties[] = [
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: '',
		placeholder: 'en_US',
		description:
			'Language for this customer\'s messages, as a language and country code joined by an underscore (en_US, es_AR). Empty uses the environment\'s default language.',
		routing: { send: { type: 'body', property: 'language' } },
	},
	{
		displayName: 'Metadata',
		name: 'metadata',
		type: 'string',
		default: '',
		description: 'Free text kept with the customer; Notihub stores it as a string and does not use it',
		routing: { send: { type: 'body', property: 'metadata' } },
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Enabled', value: 'ENABLED' },
			{ name: 'Disabled', value: 'DISABLED' },
		],
		default: 'ENABLED',
		description: 'Whether Notihub may send messages to this customer',
		routing: { send: { type: 'body', property: 'status' } },
	},
];

/** A contact's Primary switch, as a value of Create's Contacts and (with routing) of the Contact operations. */
export const primaryValue: INodeProperties = {
	displayName: 'Primary',
	name: 'primary',
	type: 'boolean',
	default: true,
	description:
		'Whether Notihub sends this type of message to this contact. A customer has at most one primary contact of each type.',
};

/** A contact's Verified switch. */
export const verifiedValue: INodeProperties = {
	displayName: 'Verified',
	name: 'verified',
	type: 'boolean',
	default: false,
	description: 'Whether you have verified this contact; templates that require verification skip unverified ones',
};
