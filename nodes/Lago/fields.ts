import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { dateTime, listMode, number, text, type Extra } from '../shared/fields';

/** A comma-separated text field sent as a list. */
export const commaSeparated = '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}';

/** Sends the field as `property` of the body; Lago nests most bodies in a wrapper (`customer.name`). */
export const toBody = (property: string, value?: string): INodePropertyRouting => ({
	send: { type: 'body', property, ...(value ? { value } : {}) },
});

export const toQuery = (property: string, value?: string): INodePropertyRouting => ({
	send: { type: 'query', property, ...(value ? { value } : {}) },
});

/** `toBody` inside one wrapper object: `inWrapper('subscription')('name')` sends `subscription.name`. */
export const inWrapper = (wrapper: string) => (property: string, value?: string) => toBody(`${wrapper}.${property}`, value);

/** An example Lago ID (a UUID), the placeholder of every field that takes one. */
export const LAGO_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';

const manualModes = {
	externalId: { displayName: 'By External ID', name: 'externalId' },
	code: { displayName: 'By Code', name: 'code' },
	id: { displayName: 'By ID', name: 'id' },
} as const;

/**
 * A Lago record picked from a list or given by the key its routes take: the external ID your application gave it,
 * its code, or its Lago ID (a UUID, checked in the editor).
 */
export function lagoLocator(options: {
	displayName: string;
	name: string;
	description?: string;
	searchListMethod: string;
	by: keyof typeof manualModes;
	placeholder?: string;
	hint?: string;
	routing?: INodePropertyRouting;
}): INodeProperties {
	const manual: INodeProperties['modes'] = [
		{
			...manualModes[options.by],
			type: 'string',
			placeholder: options.placeholder ?? LAGO_ID,
			...(options.hint ? { hint: options.hint } : {}),
			...(options.by === 'id'
				? {
						validation: [
							{
								type: 'regex' as const,
								properties: { regex: '^[0-9a-fA-F-]{36}$', errorMessage: `A Lago ID is a UUID like ${LAGO_ID}` },
							},
						],
					}
				: {}),
		},
	];
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...(options.description ? { description: options.description } : {}),
		modes: [
			listMode(options.searchListMethod),
			...manual,
		],
		...(options.routing ? { routing: options.routing } : {}),
	};
}

/** Fields in the order the editor lists them. */
export const byDisplayName = (fields: INodeProperties[]) => [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));

/**
 * A postal address, each line sent where `to` says (a customer's billing or shipping address, an organization's or a
 * billing entity's). `country` is the Country field's description, placeholder and value; `label` starts the display
 * names of a second address ("Shipping "), so that the two stay apart as AI-agent tool arguments, which n8n names after
 * display names; `zipName` is the Zip Code parameter's name, which differs between resources.
 */
export function addressFields(
	to: (property: string, value?: string) => INodePropertyRouting,
	country: { description: string; placeholder: string; value?: string },
	{ label = '', zipName = 'zipCode' }: { label?: string; zipName?: string } = {},
): INodeProperties[] {
	const line = (name: string, displayName: string, property: string, extra?: Extra) =>
		text(name, `${label}${displayName}`, undefined, to(property), extra);
	return [
		line('addressLine1', 'Address Line 1', 'address_line1'),
		line('addressLine2', 'Address Line 2', 'address_line2'),
		line('city', 'City', 'city'),
		text('country', `${label}Country`, country.description, to('country', country.value), { placeholder: country.placeholder }),
		line('state', 'State', 'state'),
		line(zipName, 'Zip Code', 'zipcode'),
	];
}

/** List filters several Lago lists share, sent in the query. */
export const customerFilter = (description?: string) => text('externalCustomerId', 'Customer External ID', description, toQuery('external_customer_id'));

export const subscriptionFilter = (description?: string) =>
	text('externalSubscriptionId', 'Subscription External ID', description, toQuery('external_subscription_id'));

/** A currency filter; the list's check is `currency('Currency', 'currency', 'qs')`. */
export const currencyFilter = (placeholder = 'USD') => text('currency', 'Currency', 'Three-letter ISO 4217 code', 'query', { placeholder });

export const billingEntitiesFilter = (description = 'Separated by commas') =>
	text('billingEntityCodes', 'Billing Entity Codes', description, toQuery('billing_entity_codes', commaSeparated));

/** Amount From and Amount To (in cents) of a list of `records` ("invoices"); `example` ends the first description. */
export const amountRange = (records: string, example = '') => [
	number('amountFrom', 'Amount From (Cents)', `Only ${records} of at least this total, in cents${example}`, toQuery('amount_from'), { typeOptions: { minValue: 0 } }),
	number('amountTo', 'Amount To (Cents)', `Only ${records} of at most this total, in cents`, toQuery('amount_to'), { typeOptions: { minValue: 0 } }),
];

/** Issued From and Issued To of a list of `records`: days, in the `format` the hint names. */
export const issuedRange = (records: string, format: string) => [
	dateTime('issuingDateFrom', 'Issued From', `Only ${records} issued on or after this day (${format})`, toQuery('issuing_date_from')),
	dateTime('issuingDateTo', 'Issued To', `Only ${records} issued on or before this day (${format})`, toQuery('issuing_date_to')),
];
