import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { nodeProperties } from '../shared/operation';
import { resources } from './actions';
import { dubClient } from './client';
import {
	getFolders,
	getTags,
	searchCommissions,
	searchCustomers,
	searchDomains,
	searchFolders,
	searchLinks,
	searchPartners,
	searchTags,
	searchWebhooks,
} from './listSearch';

export class Dub implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Dub',
		name: 'dub',
		icon: { light: 'file:../../icons/dub.svg', dark: 'file:../../icons/dub.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Dub links, customers, partners and commissions, read analytics, and track leads and sales',
		defaults: { name: 'Dub' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dubApi', required: true }],
		requestDefaults: dubClient.requestDefaults,
		properties: nodeProperties(dubClient, resources, 'customer'),
	};

	methods = {
		listSearch: { searchCommissions, searchCustomers, searchDomains, searchFolders, searchLinks, searchPartners, searchTags, searchWebhooks },
		loadOptions: { getFolders, getTags },
	};
}
