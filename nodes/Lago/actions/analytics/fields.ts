import type { INodeProperties, PostReceiveAction } from 'n8n-workflow';

import { calendarDate, countryCode, type RequestCheck } from '../../../shared/validation';
import { toQuery } from '../../fields';

/**
 * Lago's analytics answer one array per report (`{"mrrs": [...]}`); each row (a month, or a day of usage) becomes
 * one n8n item, ready for a chart, a sheet or an aggregation.
 */
export const rows = (property: string): PostReceiveAction[] => [{ type: 'rootProperty', properties: { property } }];

const currency: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	default: '',
	placeholder: 'USD',
	description: 'Three-letter ISO 4217 code; the default currency of the organization when empty',
	routing: toQuery('currency', '={{ $value.trim().toUpperCase() || undefined }}'),
};

const months: INodeProperties = {
	displayName: 'Months',
	name: 'months',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 12,
	description: 'How many months back the report goes, this month included',
	routing: toQuery('months'),
};

const externalCustomerId: INodeProperties = {
	displayName: 'Customer External ID',
	name: 'externalCustomerId',
	type: 'string',
	default: '',
	description: 'Only this customer',
	routing: toQuery('external_customer_id'),
};

/** The Options of the monthly reports; `perCustomer` adds the customer filter where Lago supports it. */
export function monthlyOptions(perCustomer: boolean): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [currency, ...(perCustomer ? [externalCustomerId] : []), months],
	};
}

export const usageFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Billable Metric Code',
			name: 'billableMetricCode',
			type: 'string',
			default: '',
			routing: toQuery('billable_metric_code'),
		},
		{ ...currency, description: 'Three-letter ISO 4217 code' },
		{ ...externalCustomerId },
		{
			displayName: 'Customer Country',
			name: 'customerCountry',
			type: 'string',
			default: '',
			placeholder: 'US',
			description: 'Two-letter ISO 3166-1 code',
			routing: toQuery('customer_country'),
		},
		{
			displayName: 'Customer Type',
			name: 'customerType',
			type: 'options',
			default: 'company',
			options: [
				{ name: 'Company', value: 'company' },
				{ name: 'Individual', value: 'individual' },
			],
			routing: toQuery('customer_type'),
		},
		{
			displayName: 'From Date',
			name: 'fromDate',
			type: 'dateTime',
			default: '',
			description: 'First day of the report (a calendar day, YYYY-MM-DD)',
			routing: toQuery('from_date'),
		},
		{
			displayName: 'Plan Code',
			name: 'planCode',
			type: 'string',
			default: '',
			routing: toQuery('plan_code'),
		},
		{
			displayName: 'Recurring Metrics Only',
			name: 'isBillableMetricRecurring',
			type: 'boolean',
			default: true,
			description: 'Whether to report only recurring billable metrics (on) or only non-recurring ones (off)',
			routing: toQuery('is_billable_metric_recurring'),
		},
		{
			displayName: 'Subscription External ID',
			name: 'externalSubscriptionId',
			type: 'string',
			default: '',
			routing: toQuery('external_subscription_id'),
		},
		{
			displayName: 'To Date',
			name: 'toDate',
			type: 'dateTime',
			default: '',
			description: 'Last day of the report (a calendar day, YYYY-MM-DD)',
			routing: toQuery('to_date'),
		},
	],
};

export const usageChecks: RequestCheck[] = [
	calendarDate('From Date', 'from_date'),
	calendarDate('To Date', 'to_date'),
	countryCode('Customer Country', 'customer_country', 'qs'),
];
