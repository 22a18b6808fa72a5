import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { nodeProperties } from '../shared/operation';
import { resources } from './actions';
import { lagoClient } from './client';
import * as listSearch from './listSearch';

export class Lago implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Lago',
		name: 'lago',
		icon: { light: 'file:../../icons/lago.svg', dark: 'file:../../icons/lago.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Lago customers, subscriptions, coupons and invoices, and send usage events',
		defaults: { name: 'Lago' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'lagoApi', required: true }],
		requestDefaults: lagoClient.requestDefaults,
		properties: nodeProperties(lagoClient, resources, 'customer'),
	};

	/** Every search of listSearch.ts, behind the resource locators' From List. */
	methods = { listSearch: { ...listSearch } };
}
