import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { routeThroughTransport } from '../shared/descriptions';
import { searchCustomers, searchLinks, searchPartners } from './listSearch';
import { resourceProperties } from '../shared/operation';
import { customer } from './actions/customer';
import { dubClient } from './client';
import {
	linkFieldsDescription,
	linkOperations,
	partnerApplicationFieldsDescription,
	partnerApplicationOperations,
	partnerFieldsDescription,
	partnerOperations,
	trackFieldsDescription,
	trackOperations,
} from './resources';
import { dubTransport } from './transport';

export class Dub implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Dub',
		name: 'dub',
		icon: { light: 'file:../../icons/dub.svg', dark: 'file:../../icons/dub.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Dub customers, partners and links, and track leads and sales',
		defaults: { name: 'Dub' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dubApi', required: true }],
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		requestOperations: { pagination: dubTransport.send },
		properties: [
			routeThroughTransport,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Customer', value: 'customer' },
					{ name: 'Link', value: 'link' },
					{ name: 'Partner', value: 'partner' },
					{ name: 'Partner Application', value: 'partnerApplication' },
					{ name: 'Track', value: 'track' },
				],
				default: 'customer',
			},
			...resourceProperties(dubClient, customer),
			...linkOperations,
			...linkFieldsDescription,
			...partnerOperations,
			...partnerFieldsDescription,
			...partnerApplicationOperations,
			...partnerApplicationFieldsDescription,
			...trackOperations,
			...trackFieldsDescription,
		],
	};

	methods = {
		listSearch: { searchCustomers, searchLinks, searchPartners },
	};
}
