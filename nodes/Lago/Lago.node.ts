import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { nodeProperties } from '../shared/operation';
import { resources } from './actions';
import { lagoClient } from './client';
import {
	searchAddOns,
	searchAppliedCoupons,
	searchBillableMetricIds,
	searchBillableMetrics,
	searchBillingEntities,
	searchCoupons,
	searchCreditNotes,
	searchCustomers,
	searchFeatures,
	searchInvoices,
	searchPlanCharges,
	searchPlans,
	searchSubscriptions,
	searchTaxes,
	searchWalletCodes,
	searchWallets,
	searchWebhookEndpoints,
} from './listSearch';

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

	methods = {
		listSearch: {
			searchAppliedCoupons,
			searchBillableMetricIds,
			searchBillableMetrics,
			searchBillingEntities,
			searchCoupons,
			searchCustomers,
			searchFeatures,
			searchInvoices,
			searchPlanCharges,
			searchPlans,
			searchSubscriptions,
			searchTaxes,
			searchWebhookEndpoints,
			searchWallets,
			searchWalletCodes,
			searchCreditNotes,
			searchAddOns,
		},
	};
}
