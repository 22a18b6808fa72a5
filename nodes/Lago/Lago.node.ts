import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { actionNodeDescription, actionSubtitle } from '../shared/operation';
import { resources } from './actions';
import { lagoClient } from './client';
import * as listSearch from './listSearch';

export class Lago implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription({
			name: 'lago',
			displayName: 'Lago',
			description: 'Manage Lago customers, subscriptions, coupons and invoices, and send usage events',
			client: lagoClient,
			resources,
			defaultResource: 'customer',
		}),
		icon: { light: 'file:../../icons/lago.svg', dark: 'file:../../icons/lago.dark.svg' },
		subtitle: actionSubtitle,
		usableAsTool: true,
	};

	/** Every search of listSearch.ts, behind the resource locators' From List. */
	methods = { listSearch: { ...listSearch } };
}
