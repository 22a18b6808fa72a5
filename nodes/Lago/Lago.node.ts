import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { routeThroughTransport } from '../shared/descriptions';
import { resourceProperties } from '../shared/operation';
import { catalogResources, withExtras } from './actions/catalog';
import { customerExtras } from './actions/customer/extras';
import { eventExtras } from './actions/event/extras';
import { subscriptionExtras } from './actions/subscription/extras';
import { lagoClient } from './client';
import {
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
} from './listSearch';
import {
	appliedCouponFieldsDescription,
	appliedCouponOperations,
	customerFieldsDescription,
	customerOperations,
	eventFieldsDescription,
	eventOperations,
	invoiceFieldsDescription,
	invoiceOperations,
	subscriptionFieldsDescription,
	subscriptionOperations,
} from './resources';
import { lagoTransport } from './transport';

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
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			// Lago reads lists from `countries[]=US&countries[]=FR`.
			arrayFormat: 'brackets',
			json: true,
		},
		requestOperations: { pagination: lagoTransport.send },
		properties: [
			routeThroughTransport,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Applied Coupon', value: 'appliedCoupon' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Event', value: 'event' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Subscription', value: 'subscription' },
					...catalogResources.map(({ name, value }) => ({ name, value })),
				].sort((a, b) => a.name.localeCompare(b.name)),
				default: 'customer',
			},
			...appliedCouponOperations,
			...appliedCouponFieldsDescription,
			...withExtras(lagoClient, customerOperations, 'customer', customerExtras),
			...customerFieldsDescription,
			...withExtras(lagoClient, eventOperations, 'event', eventExtras),
			...eventFieldsDescription,
			...invoiceOperations,
			...invoiceFieldsDescription,
			...withExtras(lagoClient, subscriptionOperations, 'subscription', subscriptionExtras),
			...subscriptionFieldsDescription,
			...catalogResources.flatMap((resource) => resourceProperties(lagoClient, resource)),
		],
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
		},
	};
}
