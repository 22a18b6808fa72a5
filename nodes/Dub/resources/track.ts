import type { INodeProperties } from 'n8n-workflow';

import { email, invalidField, jsonObject, required, validate, wholeNumber, type RequestCheck } from '../../shared/validation';

const showFor = (operation: string[]) => ({ show: { resource: ['track'], operation } });

/** Dub stores currencies as lower-case ISO 4217 codes (its own default is `usd`). */
const currencyCode: RequestCheck = function (request) {
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

export const trackOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['track'] } },
		options: [
			{
				name: 'Lead',
				value: 'lead',
				action: 'Track a lead',
				description: 'Record a lead (e.g. a sign-up) for the click that brought the customer; creates the customer in Dub',
				routing: {
					request: { method: 'POST', url: '/track/lead' },
					send: {
						preSend: [
							validate(
								required('Event Name', 'eventName'),
								required('Customer External ID', 'customerExternalId'),
								email('Customer Email', 'customerEmail'),
								wholeNumber('Event Quantity', 'eventQuantity', { min: 1 }),
								jsonObject('Metadata', 'metadata'),
							),
						],
					},
				},
			},
			{
				name: 'Sale',
				value: 'sale',
				action: 'Track a sale',
				description: 'Record a sale for a customer whose lead was tracked before (or directly, with a click ID)',
				routing: {
					request: { method: 'POST', url: '/track/sale' },
					send: {
						preSend: [
							validate(
								required('Customer External ID', 'customerExternalId'),
								required('Amount', 'amount'),
								wholeNumber('Amount', 'amount', {
									min: 0,
									hint: 'Dub takes amounts in the smallest currency unit: send 1999 for $19.99 (cents), 1580 for ¥1580.',
								}),
								currencyCode,
								email('Customer Email', 'customerEmail'),
								jsonObject('Metadata', 'metadata'),
							),
						],
					},
				},
			},
		],
		default: 'lead',
	},
];

const metadataField = (event: string): INodeProperties => ({
	displayName: 'Metadata',
	name: 'metadata',
	type: 'json',
	default: '{}',
	description: `A JSON object stored with the ${event} event, e.g. {"plan": "pro"}. At most 10,000 characters.`,
	routing: { send: { type: 'body', property: 'metadata' } },
});

const customerDetails = (prefix: string): INodeProperties[] => [
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

const customerExternalId: INodeProperties = {
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

export const trackFieldsDescription: INodeProperties[] = [
	// Lead
	{
		displayName: 'Click ID',
		name: 'clickId',
		type: 'string',
		default: '',
		placeholder: 'rLnWe1uz9t282v7g',
		description:
			'The ID of the click the lead comes from: the value of the dub_id cookie (or the dub_id query parameter) on your site. Leave empty to use the click Dub stored for this customer by an earlier lead tracked in Deferred mode.',
		displayOptions: showFor(['lead']),
		// Dub requires the property even when empty: an empty string means "the click of the deferred lead".
		routing: { send: { type: 'body', property: 'clickId', value: '={{ String($value ?? "").trim() }}' } },
	},
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Sign up',
		description:
			'Name of the lead event (at most 255 characters). A later sale can refer to it through its Lead Event Name.',
		displayOptions: showFor(['lead']),
		routing: { send: { type: 'body', property: 'eventName' } },
	},
	{ ...customerExternalId, displayOptions: showFor(['lead']) },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['lead']),
		options: [
			...customerDetails(''),
			{
				displayName: 'Event Quantity',
				name: 'eventQuantity',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'How many times to record the lead event, e.g. the number of seats in a free trial',
				routing: { send: { type: 'body', property: 'eventQuantity' } },
			},
			metadataField('lead'),
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				default: 'async',
				description: 'When Dub records the lead',
				options: [
					{
						name: 'Async',
						value: 'async',
						description: 'Answer at once and record the lead in the background (Dub default)',
					},
					{
						name: 'Deferred',
						value: 'deferred',
						description:
							'Only remember the click for this customer; a later lead with an empty Click ID records the event',
					},
					{
						name: 'Wait',
						value: 'wait',
						description: 'Answer only once the lead is fully recorded, e.g. before tracking a sale right after it',
					},
				],
				routing: { send: { type: 'body', property: 'mode' } },
			},
		],
	},

	// Sale
	{ ...customerExternalId, displayOptions: showFor(['sale']) },
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		required: true,
		default: 0,
		placeholder: '1999',
		description:
			'Integer amount in cents (1999 = $19.99) for two-decimal currencies; the full amount for zero-decimal currencies (1580 = ¥1580). A fraction such as 19.99 is refused before sending.',
		displayOptions: showFor(['sale']),
		routing: { send: { type: 'body', property: 'amount' } },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: 'usd',
		placeholder: 'usd',
		description:
			'Three-letter ISO 4217 currency code; sent lower-case as Dub expects (usd, eur, jpy). Dub converts the sale to USD at the latest exchange rate.',
		displayOptions: showFor(['sale']),
		routing: { send: { type: 'body', property: 'currency' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['sale']),
		options: [
			{
				displayName: 'Click ID',
				name: 'clickId',
				type: 'string',
				default: '',
				placeholder: 'rLnWe1uz9t282v7g',
				description:
					'For direct sale tracking, without an earlier lead: the ID of the click (the dub_id cookie) the sale comes from',
				routing: { send: { type: 'body', property: 'clickId' } },
			},
			...customerDetails('For direct sale tracking: '),
			{
				displayName: 'Event Name',
				name: 'eventName',
				type: 'string',
				default: 'Purchase',
				placeholder: 'Invoice paid',
				description: 'Name of the sale event (at most 255 characters), e.g. "Invoice paid" or "Subscription created"',
				routing: { send: { type: 'body', property: 'eventName' } },
			},
			{
				displayName: 'Invoice ID',
				name: 'invoiceId',
				type: 'string',
				default: '',
				placeholder: 'in_1MtHbELkdIwHu7ixl4OzzPMv',
				description:
					'Idempotency key: Dub records one sale per invoice ID, so a retried sale with the same invoice ID is recorded once',
				routing: { send: { type: 'body', property: 'invoiceId' } },
			},
			{
				displayName: 'Lead Event Name',
				name: 'leadEventName',
				type: 'string',
				default: '',
				placeholder: 'Sign up',
				description:
					'Case-sensitive name of the lead event this sale follows; by default Dub uses the latest lead of the customer. For direct sale tracking, the name of the lead event Dub creates.',
				routing: { send: { type: 'body', property: 'leadEventName' } },
			},
			metadataField('sale'),
			{
				displayName: 'Payment Processor',
				name: 'paymentProcessor',
				type: 'options',
				default: 'custom',
				description: 'The payment processor the sale was made through',
				options: [
					{ name: 'Apple', value: 'apple' },
					{ name: 'Custom', value: 'custom' },
					{ name: 'Dub', value: 'dub' },
					{ name: 'Paddle', value: 'paddle' },
					{ name: 'Polar', value: 'polar' },
					{ name: 'RevenueCat', value: 'revenuecat' },
					{ name: 'Shopify', value: 'shopify' },
					{ name: 'Stripe', value: 'stripe' },
				],
				routing: { send: { type: 'body', property: 'paymentProcessor' } },
			},
		],
	},
];
