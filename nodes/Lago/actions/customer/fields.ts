import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { lagoLocator, toQuery } from '../../fields';
import { subscriptionLocator } from '../subscription/fields';
import { text } from '../../../shared/fields';

/** The customer an operation acts on, by the external ID your application gave it: the only ID Lago's routes take. */
export const customerLocator = lagoLocator({
	displayName: 'Customer',
	name: 'customer',
	description: 'The customer, by the external ID your application gave it',
	searchListMethod: 'searchCustomers',
	by: 'externalId',
	placeholder: '5eb02857-a71e-4ea2-bcf9-57d3a41bc6ba',
});

/** Fields in the order the editor lists them. */
export const byDisplayName = (fields: INodeProperties[]) => [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));

/**
 * A postal address, each line sent where `to` says (the billing address on the customer, or its shipping address).
 * `label` starts the display names of a second address ("Shipping "), so that the two stay apart as AI-agent tool
 * arguments, which n8n names after display names.
 */
export function addressFields(
	to: (property: string) => INodePropertyRouting,
	countryDescription: string,
	label = '',
): INodeProperties[] {
	const line = (displayName: string, name: string, property: string): INodeProperties => ({
		displayName: `${label}${displayName}`,
		name,
		type: 'string',
		default: '',
		routing: to(property),
	});
	return [
		line('Address Line 1', 'addressLine1', 'address_line1'),
		line('Address Line 2', 'addressLine2', 'address_line2'),
		line('City', 'city', 'city'),
		{ ...line('Country', 'country', 'country'), placeholder: 'US', description: countryDescription },
		line('State', 'state', 'state'),
		line('Zip Code', 'zipCode', 'zipcode'),
	];
}

/** Company or individual: a field of the customer, and a filter of Get Many. */
export function customerType(routing: INodePropertyRouting): INodeProperties {
	return {
		displayName: 'Customer Type',
		name: 'customerType',
		type: 'options',
		default: 'company',
		options: [
			{ name: 'Company', value: 'company' },
			{ name: 'Individual', value: 'individual' },
		],
		routing,
	};
}

/** The subscription whose usage Get Current Usage and Get Past Usage read. */
export const usageSubscription = subscriptionLocator(toQuery('external_subscription_id'));

export const usageChecks = [required('Subscription', 'external_subscription_id', 'qs')];

export const billableMetricCodeOption: INodeProperties = text('billableMetricCode', 'Billable Metric Code', 'Only the usage of this billable metric', toQuery('billable_metric_code'));
