import { defineOperation } from '../../../shared/operation';
import { contactTypeOptions, customerLocator, customerPath } from '../customer/fields';
import { contactValue, primaryField, verifiedField } from './fields';
import { text } from '../../../shared/fields';

export const add = defineOperation({
	name: 'Add',
	value: 'add',
	action: 'Add a contact to a customer',
	description: 'Add an email address, a phone number or a push token to a customer',
	operationId: 'createContact',
	method: 'POST',
	path: '/customers/{customerId}/contacts',
	pathParameters: customerPath,
	checks: [contactValue],
	fields: [
		{ ...customerLocator, description: 'The customer to add the contact to' },
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: contactTypeOptions,
			default: 'EMAIL',
			required: true,
			routing: { send: { type: 'body', property: 'type' } },
		},
		text('value', 'Value', 'The email address, the phone number or the push token', 'body', { required: true, placeholder: 'name@email.com' }),
		primaryField,
		verifiedField,
	],
});
