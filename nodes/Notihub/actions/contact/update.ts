import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { notihubClient } from '../../client';
import { contactTypeOptions, customerLocator } from '../customer/fields';
import { contactLocator, contactPath, contactValue, primaryField, verifiedField } from './fields';
import { group, text } from '../../../shared/fields';

const CONTACT_URL = /\/contacts\/(\d+)$/;

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a contact of a customer',
	operationId: 'updateContact',
	method: 'PUT',
	path: '/customers/{customerId}/contacts/{contactId}',
	pathParameters: contactPath,
	requireSomeOf: 'updateFields',
	checks: [contactValue],
	// A PUT that replaces the contact: the fields left out are read from the customer first and sent unchanged.
	runner: notihubClient.keepCurrentValues({
		fields: ['type', 'value', 'primary', 'verified'],
		readUrl: (url) => url.replace(CONTACT_URL, ''),
		select: (customer, url) =>
			((customer.contacts as IDataObject[] | undefined) ?? []).find(
				(contact) => String(contact.contactId) === url.match(CONTACT_URL)?.[1],
			),
		notFound: (url) => `Contact ${url.match(CONTACT_URL)?.[1]} is not one of this customer's contacts`,
	}),
	fields: [
		{ ...customerLocator, description: 'The customer the contact belongs to' },
		contactLocator,
		group('updateFields', [
			primaryField,
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: contactTypeOptions,
				default: 'EMAIL',
				routing: { send: { type: 'body', property: 'type' } },
			},
			text('value', 'Value', 'The email address, the phone number or the push token', 'body'),
			verifiedField,
		], { description: 'Fields left out keep their current value: the node reads the contact before it sends the update' }),
	],
});
