import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { routeThroughTransport } from '../shared/descriptions';
import { searchContacts, searchCustomers, searchMessages } from './listSearch';
import {
	contactFieldsDescription,
	contactOperations,
	customerFieldsDescription,
	customerOperations,
	messageFieldsDescription,
	messageOperations,
	preferenceFieldsDescription,
	preferenceOperations,
} from './resources';
import { notihubTransport } from './transport';

export class Notihub implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Notihub',
		name: 'notihub',
		icon: { light: 'file:../../icons/notihub.svg', dark: 'file:../../icons/notihub.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Notihub customers, their contacts and preferences, and send notification messages',
		defaults: { name: 'Notihub' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'notihubApi', required: true }],
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		requestOperations: { pagination: notihubTransport.send },
		properties: [
			routeThroughTransport,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Contact', value: 'contact' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Message', value: 'message' },
					{ name: 'Preference', value: 'preference' },
				],
				default: 'customer',
			},
			...contactOperations,
			...contactFieldsDescription,
			...customerOperations,
			...customerFieldsDescription,
			...messageOperations,
			...messageFieldsDescription,
			...preferenceOperations,
			...preferenceFieldsDescription,
		],
	};

	methods = {
		listSearch: { searchContacts, searchCustomers, searchMessages },
	};
}
