import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription, actionSubtitle } from '../shared/operation';
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
		...actionNodeDescription({
			name: 'dub',
			displayName: 'Dub',
			description: 'Manage Dub links, customers, partners and commissions, read analytics, and track leads and sales',
			client: dubClient,
			resources,
			defaultResource: 'customer',
		}),
		icon: { light: 'file:../../icons/dub.svg', dark: 'file:../../icons/dub.dark.svg' },
		subtitle: actionSubtitle,
		usableAsTool: true,
	};

	methods = {
		listSearch: { searchCommissions, searchCustomers, searchDomains, searchFolders, searchLinks, searchPartners, searchTags, searchWebhooks },
		loadOptions: { getFolders, getTags },
	};
}
