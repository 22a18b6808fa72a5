import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField, validate, type RequestCheck } from '../../shared/validation';
import { customerLocator, customerPath, uuidParameter } from '../locators';
import { keepCurrentValues } from '../transport';
import { contactTypeOptions } from './customer';

const showFor = (operation: string[]) => ({ show: { resource: ['contact'], operation } });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTACT_URL = /\/contacts\/(\d+)$/;

/** Trims the value and refuses a blank one, or a malformed email when the type is Email. */
const contactValue: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	if (body.value === undefined) return;
	const value = String(body.value).trim();
	if (!value) throw invalidField(this, 'Value', 'is required');
	if (body.type === 'EMAIL' && !EMAIL.test(value)) throw invalidField(this, 'Value', `is not a valid email address: "${value}"`);
	body.value = value;
};

/** Points the request at `/customers/<customer>/contacts/<contact>`; contact IDs are numbers. */
async function contactPath(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const customerId = uuidParameter(this, 'customerId', 'Customer');
	const contactId = String(this.getNodeParameter('contactId', '', { extractValue: true }) ?? '').trim();
	if (!contactId) throw invalidField(this, 'Contact', 'is required');
	if (!/^\d+$/.test(contactId)) throw invalidField(this, 'Contact', `must be a numeric contact ID, got "${contactId}"`);
	request.url = `/customers/${customerId}/contacts/${contactId}`;
	return request;
}

export const contactOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a contact to a customer',
				description: 'Add an email address, a phone number or a push token to a customer',
				routing: {
					request: { method: 'POST' },
					send: { preSend: [validate(contactValue)] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact of a customer',
				routing: {
					request: { method: 'DELETE' },
					output: { postReceive: [{ type: 'set', properties: { value: '={{ { "deleted": true } }}' } }] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact of a customer',
				routing: {
					request: { method: 'PUT' },
					send: { preSend: [validate(contactValue)] },
					operations: {
						pagination: keepCurrentValues({
							fields: ['type', 'value', 'primary', 'verified'],
							readUrl: (url) => url.replace(CONTACT_URL, ''),
							select: (customer, url) =>
								((customer.contacts as IDataObject[] | undefined) ?? []).find(
									(contact) => String(contact.contactId) === url.match(CONTACT_URL)?.[1],
								),
							notFound: (url) => `Contact ${url.match(CONTACT_URL)?.[1]} is not one of this customer's contacts`,
						}),
					},
				},
			},
		],
		default: 'add',
	},
];

const primaryField: INodeProperties = {
	displayName: 'Primary',
	name: 'primary',
	type: 'boolean',
	default: true,
	description:
		'Whether Notihub sends this type of message to this contact. A customer has at most one primary contact of each type.',
	routing: { send: { type: 'body', property: 'primary' } },
};

const verifiedField: INodeProperties = {
	displayName: 'Verified',
	name: 'verified',
	type: 'boolean',
	default: false,
	description: 'Whether you have verified this contact; templates that require verification skip unverified ones',
	routing: { send: { type: 'body', property: 'verified' } },
};

export const contactFieldsDescription: INodeProperties[] = [
	customerLocator('contact', ['add'], { send: { preSend: [customerPath('/contacts')] } }, 'The customer to add the contact to'),
	customerLocator('contact', ['delete', 'update'], undefined, 'The customer the contact belongs to'),
	{
		displayName: 'Contact',
		name: 'contactId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: showFor(['delete', 'update']),
		description: 'The contact to act on',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '2',
				validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A Notihub contact ID is a number' } }],
			},
		],
		routing: { send: { preSend: [contactPath] } },
	},

	// Add
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: contactTypeOptions,
		default: 'EMAIL',
		required: true,
		displayOptions: showFor(['add']),
		routing: { send: { type: 'body', property: 'type' } },
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'name@email.com',
		description: 'The email address, the phone number or the push token',
		displayOptions: showFor(['add']),
		routing: { send: { type: 'body', property: 'value' } },
	},
	{ ...primaryField, displayOptions: showFor(['add']) },
	{ ...verifiedField, displayOptions: showFor(['add']) },

	// Update
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Fields left out keep their current value: the node reads the contact before it sends the update',
		displayOptions: showFor(['update']),
		options: [
			primaryField,
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: contactTypeOptions,
				default: 'EMAIL',
				routing: { send: { type: 'body', property: 'type' } },
			},
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				description: 'The email address, the phone number or the push token',
				routing: { send: { type: 'body', property: 'value' } },
			},
			verifiedField,
		],
	},
];
