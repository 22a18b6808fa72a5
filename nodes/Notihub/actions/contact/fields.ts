import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../../shared/fields';
import type { PathParameter } from '../../../shared/paths';
import { invalidField, type RequestCheck } from '../../../shared/validation';
import { customerPath, EMAIL, primaryValue, verifiedValue } from '../customer/fields';

/** `{customerId}` a UUID, `{contactId}` a number. */
export const contactPath: Record<string, Partial<PathParameter>> = {
	...customerPath,
	contactId: { pattern: /^\d+$/, problem: 'must be a numeric contact ID' },
};

/** Trims the value and refuses a blank one, or a malformed email when the type is Email. */
export const contactValue: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	if (body.value === undefined) return;
	const value = String(body.value).trim();
	if (!value) throw invalidField(this, 'Value', 'is required');
	if (body.type === 'EMAIL' && !EMAIL.test(value)) throw invalidField(this, 'Value', `is not a valid email address: "${value}"`);
	body.value = value;
};

export const contactLocator = recordLocator({
	displayName: 'Contact',
	name: 'contactId',
	description: 'The contact to act on',
	searchListMethod: 'searchContacts',
	placeholder: '2',
	idPattern: { regex: '^\\d+$', errorMessage: 'A Notihub contact ID is a number' },
});

export const primaryField: INodeProperties = { ...primaryValue, routing: { send: { type: 'body', property: 'primary' } } };

export const verifiedField: INodeProperties = { ...verifiedValue, routing: { send: { type: 'body', property: 'verified' } } };
