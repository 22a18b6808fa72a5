import type { INodeProperties } from 'n8n-workflow';

import { boolean, options, recordLocator, text } from '../../../shared/fields';
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
	text('language', 'Language', 'Language for this customer\'s messages, as a language and country code joined by an underscore (en_US, es_AR). Empty uses the environment\'s default language.', 'body', { placeholder: 'en_US' }),
	text('metadata', 'Metadata', 'Free text kept with the customer; Notihub stores it as a string and does not use it', 'body'),
	options('status', 'Status', 'Whether Notihub may send messages to this customer', [['Enabled', 'ENABLED'], ['Disabled', 'DISABLED']], 'ENABLED', 'body'),
];

/** A contact's Primary switch, as a value of Create's Contacts and (with routing) of the Contact operations. */
export const primaryValue: INodeProperties = boolean('primary', 'Primary', 'Whether Notihub sends this type of message to this contact. A customer has at most one primary contact of each type.', undefined, { default: true });

/** A contact's Verified switch. */
export const verifiedValue: INodeProperties = boolean('verified', 'Verified', 'Whether you have verified this contact; templates that require verification skip unverified ones');
