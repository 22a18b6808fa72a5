import type { INodeProperties } from 'n8n-workflow';

import { options, text } from '../../../shared/fields';
import { lagoLocator, toQuery } from '../../fields';
import { subscriptionLocator as migratedSubscriptionLocator } from '../subscription/fields';

/**
 * A record Lago addresses by its code (plans, billable metrics, taxes, features, billing entities): picked from a
 * list, or given by code. Lago's routes take the code only, so there is no "By ID" mode for these.
 */
const codeLocator = (options: { displayName: string; name: string; searchListMethod: string; placeholder: string; description: string }) =>
	lagoLocator({ ...options, by: 'code' });

export const planLocator = codeLocator({
	displayName: 'Plan',
	name: 'plan',
	searchListMethod: 'searchPlans',
	placeholder: 'startup',
	description: 'The plan, by its code',
});

export const billableMetricLocator = codeLocator({
	displayName: 'Billable Metric',
	name: 'billableMetric',
	searchListMethod: 'searchBillableMetrics',
	placeholder: 'storage',
	description: 'The billable metric, by its code',
});

export const taxLocator = codeLocator({
	displayName: 'Tax',
	name: 'tax',
	searchListMethod: 'searchTaxes',
	placeholder: 'french_standard_vat',
	description: 'The tax, by its code',
});

export const featureLocator = codeLocator({
	displayName: 'Feature',
	name: 'feature',
	searchListMethod: 'searchFeatures',
	placeholder: 'seats',
	description: 'The feature, by its code',
});

export const billingEntityLocator = codeLocator({
	displayName: 'Billing Entity',
	name: 'billingEntity',
	searchListMethod: 'searchBillingEntities',
	placeholder: 'acme_eu',
	description: 'The billing entity, by its code',
});

/** A charge of the chosen plan, by its code; the list shows the charges of the plan picked above. */
export const planChargeLocator: INodeProperties = codeLocator({
	displayName: 'Charge',
	name: 'charge',
	searchListMethod: 'searchPlanCharges',
	placeholder: 'api_requests',
	description: 'The charge, by its code (the code given when the charge was added to the plan)',
});

/** A plain text code field for records without a list search (fixed charges, filters, alerts, privileges). */
export function codeField(displayName: string, name: string, placeholder: string, description: string): INodeProperties {
	return text(name, displayName, description, undefined, { required: true, placeholder });
}

/** Lago applies subscription-scoped routes to the active subscription with that external ID unless told otherwise. */
export const subscriptionStatus: INodeProperties = options(
	'subscriptionStatus',
	'Subscription Status',
	'Which subscription with this external ID to act on: an external ID can be reused once a subscription has ended',
	[['Active', 'active'], ['Canceled', 'canceled'], ['Pending', 'pending'], ['Terminated', 'terminated']],
	'active',
	toQuery('subscription_status'),
);

/** Customer and subscription pickers, by external ID: the ones of the Customer and Subscription resources. */
export { customerLocator } from '../customer/fields';
export const subscriptionLocator: INodeProperties = migratedSubscriptionLocator();
