import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { routeThroughTransport } from '../shared/descriptions';
import { billingProperties, withInvoiceExtras } from './actions/billing';
import {
	searchAddOns,
	searchAppliedCoupons,
	searchBillableMetrics,
	searchCoupons,
	searchCreditNotes,
	searchCustomers,
	searchInvoices,
	searchPlans,
	searchSubscriptions,
	searchWalletCodes,
	searchWallets,
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
					{ name: 'Add-On', value: 'addOn' },
					{ name: 'Applied Coupon', value: 'appliedCoupon' },
					{ name: 'Coupon', value: 'coupon' },
					{ name: 'Credit Note', value: 'creditNote' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Event', value: 'event' },
					{ name: 'Fee', value: 'fee' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Payment', value: 'payment' },
					{ name: 'Payment Receipt', value: 'paymentReceipt' },
					{ name: 'Payment Request', value: 'paymentRequest' },
					{ name: 'Subscription', value: 'subscription' },
					{ name: 'Wallet', value: 'wallet' },
					{ name: 'Wallet Transaction', value: 'walletTransaction' },
				],
				default: 'customer',
			},
			...appliedCouponOperations,
			...appliedCouponFieldsDescription,
			...customerOperations,
			...customerFieldsDescription,
			...eventOperations,
			...eventFieldsDescription,
			...withInvoiceExtras([...invoiceOperations, ...invoiceFieldsDescription]),
			...subscriptionOperations,
			...subscriptionFieldsDescription,
			...billingProperties(),
		],
	};

	methods = {
		listSearch: {
			searchAddOns,
			searchAppliedCoupons,
			searchBillableMetrics,
			searchCoupons,
			searchCreditNotes,
			searchCustomers,
			searchInvoices,
			searchPlans,
			searchSubscriptions,
			searchWalletCodes,
			searchWallets,
		},
	};
}
