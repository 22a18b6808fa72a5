import type { INodeProperties } from 'n8n-workflow';

import { invalidField, type RequestCheck } from '../../../shared/validation';
import { json, text } from '../../../shared/fields';

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

export const metadataField = (event: string): INodeProperties => (json('metadata', 'Metadata', `A JSON object stored with the ${event} event, e.g. {"plan": "pro"}. At most 10,000 characters.`, 'body'));

export const customerDetails = (prefix: string): INodeProperties[] => [
	text('customerAvatar', 'Customer Avatar URL', `${prefix}URL of the customer's avatar image`, 'body', { placeholder: 'https://example.com/avatar.png' }),
	text('customerEmail', 'Customer Email', `${prefix}The customer's email address`, 'body', { placeholder: 'name@email.com' }),
	text('customerName', 'Customer Name', `${prefix}The customer's name; when empty Dub generates a random one (e.g. "Big Red Caribou")`, 'body'),
];

export const customerExternalId: INodeProperties = text('customerExternalId', 'Customer External ID', 'The ID of the customer in your own system (at most 100 characters). Dub attributes this and every later event of the customer by it.', 'body', { required: true, placeholder: 'user_123' });

