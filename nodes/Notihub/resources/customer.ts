import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { invalidField, validate, type RequestCheck } from '../../shared/validation';
import { customerLocator, customerPath } from '../locators';
import { keepCurrentValues, notihubPages } from '../transport';

const showFor = (operation: string[]) => ({ show: { resource: ['customer'], operation } });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const contactTypeOptions = [
	{ name: 'Email', value: 'EMAIL' },
	{ name: 'Phone', value: 'PHONE' },
	{ name: 'Push Token', value: 'PUSH' },
];

/** Trims contact values, refuses blank values and malformed emails, and allows one primary contact per type. */
function contactChecks(body: IDataObject, fail: (label: string, problem: string, hint?: string) => Error) {
	const contacts = (body.contacts as IDataObject[] | undefined) ?? [];
	const primaryTypes = new Set<string>();
	contacts.forEach((contact, index) => {
		const label = contacts.length > 1 ? `Contact ${index + 1} › Value` : 'Contact › Value';
		const value = typeof contact.value === 'string' ? contact.value.trim() : contact.value;
		if (value === undefined || value === null || value === '') throw fail(label, 'is required');
		if (contact.type === 'EMAIL' && !EMAIL.test(String(value))) {
			throw fail(label, `is not a valid email address: "${String(value)}"`);
		}
		contact.value = String(value);
		if (contact.primary === true) {
			if (primaryTypes.has(String(contact.type))) {
				throw fail(
					label,
					`is a second primary ${String(contact.type)} contact`,
					'A customer has at most one primary contact of each type; Notihub sends messages to the primary ones only.',
				);
			}
			primaryTypes.add(String(contact.type));
		}
	});
}

const createChecks: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	if (!body.contacts || (body.contacts as IDataObject[]).length === 0) delete body.contacts;
	contactChecks(body, (label, problem, hint) => invalidField(this, label, problem, hint));
	const externalId = typeof body.externalId === 'string' ? body.externalId.trim() : '';
	if (externalId) body.externalId = externalId;
	else delete body.externalId;
	const reachable = ((body.contacts as IDataObject[] | undefined) ?? []).some((c) => c.type === 'EMAIL' || c.type === 'PHONE');
	if (!externalId && !reachable) {
		throw invalidField(
			this,
			'External ID',
			'is required when the customer has no email or phone contact',
			'Notihub refuses a customer that has none of an external ID, an email or a phone number.',
		);
	}
};

export const customerOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a customer',
				routing: {
					request: { method: 'POST', url: '/customers/' },
					send: { preSend: [validate(createChecks)] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a customer',
				description: 'Delete a customer with their contacts and preferences',
				routing: {
					request: { method: 'DELETE' },
					output: { postReceive: [{ type: 'set', properties: { value: '={{ { "deleted": true } }}' } }] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				routing: { request: { method: 'GET' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				routing: {
					request: { method: 'GET', url: '/customers/' },
					operations: { pagination: notihubPages },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a customer',
				description: 'Change the external ID, status, language or metadata; contacts change through the Contact resource',
				routing: {
					request: { method: 'PUT' },
					operations: {
						pagination: keepCurrentValues({
							fields: ['externalId', 'status', 'language', 'metadata'],
							readUrl: (url) => url,
							select: (customer) => customer,
							notFound: (url) => `Notihub returned no customer at ${url}`,
						}),
					},
				},
			},
		],
		default: 'create',
	},
];

const statusField: INodeProperties = {
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
};

const customerFields: INodeProperties[] = [
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
	statusField,
];

export const customerFieldsDescription: INodeProperties[] = [
	customerLocator('customer', ['delete', 'get', 'update'], { send: { preSend: [customerPath()] } }),

	// Create
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		placeholder: 'user_123',
		description:
			'The ID of the customer in your own system. Required unless the customer gets an email or phone contact.',
		displayOptions: showFor(['create']),
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	{
		displayName: 'Contacts',
		name: 'contacts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact',
		default: {},
		description: 'Emails, phone numbers and push tokens of the customer. Messages go to primary contacts only.',
		displayOptions: showFor(['create']),
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: contactTypeOptions,
						default: 'EMAIL',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'name@email.com',
						description: 'The email address, the phone number or the push token',
					},
					{
						displayName: 'Primary',
						name: 'primary',
						type: 'boolean',
						default: true,
						description:
							'Whether Notihub sends this type of message to this contact. A customer has at most one primary contact of each type.',
					},
					{
						displayName: 'Verified',
						name: 'verified',
						type: 'boolean',
						default: false,
						description: 'Whether you have verified this contact; templates that require verification skip unverified ones',
					},
				],
			},
		],
		routing: { send: { type: 'body', property: 'contacts', value: '={{ $value.contact }}' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['create']),
		options: customerFields,
	},

	// Update
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Fields left out keep their current value: the node reads the customer before it sends the update',
		displayOptions: showFor(['update']),
		options: [
			{
				displayName: 'External ID',
				name: 'externalId',
				type: 'string',
				default: '',
				description: 'The ID of the customer in your own system',
				routing: { send: { type: 'body', property: 'externalId' } },
			},
			...customerFields,
		],
	},

	// Get Many
	...returnAllAndLimit('customer'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Enabled Only',
				name: 'actives',
				type: 'boolean',
				default: true,
				description: 'Whether to return only customers whose status is Enabled',
				routing: { send: { type: 'query', property: 'actives', value: '={{ $value || undefined }}' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Matches the external ID, an email address or a phone number',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
