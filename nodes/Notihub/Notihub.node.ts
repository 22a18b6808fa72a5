import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription, actionSubtitle } from '../shared/operation';
import { resources } from './actions';
import { notihubClient } from './client';
import { searchContacts, searchCustomers, searchMessages } from './listSearch';

export class Notihub implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			name: 'notihub',
			displayName: 'Notihub',
			description: 'Manage Notihub customers, their contacts and preferences, and send notification messages',
			client: notihubClient,
			resources,
			defaultResource: 'customer',
		}),
		icon: { light: 'file:../../icons/notihub.svg', dark: 'file:../../icons/notihub.dark.svg' },
		subtitle: actionSubtitle,
		usableAsTool: true,
	};

	methods = {
		listSearch: { searchContacts, searchCustomers, searchMessages },
	};
}
