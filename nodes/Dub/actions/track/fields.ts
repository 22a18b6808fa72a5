import type { INodeProperties } from 'n8n-workflow';

import { invalidField, type RequestCheck } from '../../../shared/validation';

/** Dub stores currencies as lower-case ISO 4217 codes (its own default is `usd`). */
export const currencyCode: RequestCheck = function (request) {
	const body = request.body as Record<string, unknown>;
	const value = body.currency;
	if (value === undefined || value === null || String(value).trim() === '') {
		delete body.currency;
		return;
	}
	const code = String(value).trim().toLowerCase();
	if (!/^[a-z]{3}$/.test(code)) {
		throw invalidField(this, 'Currency', `must be a three-letter ISO 4217 currency code such as "usd", got "${String(value)}"`);
	}
	body.currency = code;
};

export const metadataField = (event: string): INodeProperties => ({
	displayName: 'Metadata',
	name: 'metadata',
	type: 'json',
	default: '{}',
	description: `A JSON object stored with the ${event} event, e.g. {"plan": "pro"}. At most 10,000 characters.`,
	routing: { send: { type: 'body', property: 'metadata' } },
});

export const customerDetails = (prefix: string): INodeProperties[] => [
	{
		displayName: 'Customer Avatar URL',
		name: 'customerAvatar',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/avatar.png',
		description: `${prefix}URL of the customer's avatar image`,
		routing: { send: { type: 'body', property: 'customerAvatar' } },
	},
	{
		displayName: 'Customer Email',
		name: 'customerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: `${prefix}The customer's email address`,
		routing: { send: { type: 'body', property: 'customerEmail' } },
	},
	{
		displayName: 'Customer Name',
		name: 'customerName',
		type: 'string',
		default: '',
		description: `${prefix}The customer's name; when empty Dub generates a random one (e.g. "Big Red Caribou")`,
		routing: { send: { type: 'body', property: 'customerName' } },
	},
];

export const customerExternalId: INodeProperties = {
	displayName: 'Customer External ID',
	name: 'customerExternalId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'user_123',
	description:
		'The ID of the customer in your own system (at most 100 characters). Dub attributes this and every later event of the customer by it.',
	routing: { send: { type: 'body', property: 'customerExternalId' } },
};

