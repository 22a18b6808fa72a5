import type { IDisplayOptions, INodeProperties, INodePropertyRouting } from 'n8n-workflow';

export const showFor = (resource: string, operation: string[]): IDisplayOptions => ({ show: { resource: [resource], operation } });

/** Picks a customer by its external ID, the only ID Lago's customer routes accept. */
export function customerLocator(displayOptions: IDisplayOptions, routing?: INodePropertyRouting): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customer',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions,
		description: 'The customer, by the external ID your application gave it',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
			},
			{
				displayName: 'By External ID',
				name: 'externalId',
				type: 'string',
				placeholder: '5eb02857-a71e-4ea2-bcf9-57d3a41bc6ba',
			},
		],
		...(routing ? { routing } : {}),
	};
}

/** Picks a subscription by its external ID; the list shows the chosen customer's subscriptions when there is one. */
export function subscriptionLocator(displayOptions: IDisplayOptions, routing?: INodePropertyRouting): INodeProperties {
	return {
		displayName: 'Subscription',
		name: 'subscription',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions,
		description: 'The subscription, by the external ID given when it was created',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchSubscriptions', searchable: true },
			},
			{
				displayName: 'By External ID',
				name: 'externalId',
				type: 'string',
				placeholder: 'sub_1234567890',
			},
		],
		...(routing ? { routing } : {}),
	};
}

/** A comma-separated text field sent as a list. */
export const commaSeparated = '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}';

export { returnAllAndLimit } from '../../shared/descriptions';
