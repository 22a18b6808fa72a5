import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { options, text } from '../../../shared/fields';
import { billingCustomer } from '../../billingFields';
import { toQuery } from '../../fields';
import { subscriptionLocator } from '../subscription/fields';

/** The customer an operation acts on, by the external ID your application gave it: the only ID Lago's routes take. */
export const customerLocator = billingCustomer();

/** Company or individual: a field of the customer, and a filter of Get Many. */
export const customerType = (routing: INodePropertyRouting): INodeProperties =>
	options('customerType', 'Customer Type', undefined, [['Company', 'company'], ['Individual', 'individual']], 'company', routing);

/** The subscription whose usage Get Current Usage and Get Past Usage read. */
export const usageSubscription = subscriptionLocator(toQuery('external_subscription_id'));

export const usageChecks = [required('Subscription', 'external_subscription_id', 'qs')];

export const billableMetricCodeOption: INodeProperties = text('billableMetricCode', 'Billable Metric Code', 'Only the usage of this billable metric', toQuery('billable_metric_code'));
