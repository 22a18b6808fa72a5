import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { nodeProperties } from '../shared/operation';
import { resources } from './actions';
import { notihubClient } from './client';
import { searchContacts, searchCustomers, searchMessages } from './listSearch';

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
		requestDefaults: notihubClient.requestDefaults,
		properties: nodeProperties(notihubClient, resources, 'customer'),
	};

	methods = {
		listSearch: { searchContacts, searchCustomers, searchMessages },
	};
}
