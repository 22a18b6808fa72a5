import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { invalidField, type RequestCheck } from '../../../shared/validation';
import { contactTypeOptions, customerFields, EMAIL, primaryValue, verifiedValue } from './fields';
import { group, rows, text } from '../../../shared/fields';

/** Trims contact values, refuses blank values and malformed emails, and allows one primary contact per type. */
const contactChecks: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	if (!body.contacts || (body.contacts as IDataObject[]).length === 0) delete body.contacts;
	const contacts = (body.contacts as IDataObject[] | undefined) ?? [];
	const primaryTypes = new Set<string>();
	contacts.forEach((contact, index) => {
		const label = contacts.length > 1 ? `Contact ${index + 1} › Value` : 'Contact › Value';
		const value = typeof contact.value === 'string' ? contact.value.trim() : contact.value;
		if (value === undefined || value === null || value === '') throw invalidField(this, label, 'is required');
		if (contact.type === 'EMAIL' && !EMAIL.test(String(value))) {
			throw invalidField(this, label, `is not a valid email address: "${String(value)}"`);
		}
		contact.value = String(value);
		if (contact.primary === true) {
			if (primaryTypes.has(String(contact.type))) {
				throw invalidField(
					this,
					label,
					`is a second primary ${String(contact.type)} contact`,
					'A customer has at most one primary contact of each type; Notihub sends messages to the primary ones only.',
				);
			}
			primaryTypes.add(String(contact.type));
		}
	});
};

/** Notihub refuses a customer that has none of an external ID, an email or a phone number. */
const reachable: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	const externalId = typeof body.externalId === 'string' ? body.externalId.trim() : '';
	if (externalId) body.externalId = externalId;
	else delete body.externalId;
	const contacts = (body.contacts as IDataObject[] | undefined) ?? [];
	if (!externalId && !contacts.some((c) => c.type === 'EMAIL' || c.type === 'PHONE')) {
		throw invalidField(
			this,
			'External ID',
			'is required when the customer has no email or phone contact',
			'Notihub refuses a customer that has none of an external ID, an email or a phone number.',
		);
	}
};

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a customer',
	operationId: 'createCustomer',
	method: 'POST',
	path: '/customers/',
	checks: [contactChecks, reachable],
	fields: [
		text('externalId', 'External ID', 'The ID of the customer in your own system. Required unless the customer gets an email or phone contact.', 'body', { placeholder: 'user_123' }),
		rows('contacts', 'Contacts', 'Emails, phone numbers and push tokens of the customer. Messages go to primary contacts only.', 'Add Contact', { name: 'contact', displayName: 'Contact', values: [
			{ displayName: 'Type', name: 'type', type: 'options', options: contactTypeOptions, default: 'EMAIL' },
			text('value', 'Value', 'The email address, the phone number or the push token', undefined, { placeholder: 'name@email.com' }),
			primaryValue,
			verifiedValue,
		] }, { routing: { send: { type: 'body', property: 'contacts', value: '={{ $value.contact }}' } } }),
		group('additionalFields', customerFields),
	],
});
