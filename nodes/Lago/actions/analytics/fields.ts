import type { INodeProperties, PostReceiveAction } from 'n8n-workflow';

import { calendarDate, countryCode, type RequestCheck } from '../../../shared/validation';
import { customerFilter, subscriptionFilter, toQuery } from '../../fields';
import { boolean, dateTime, group, number, text } from '../../../shared/fields';
import { customerType } from '../customer/fields';

/**
 * Lago's analytics answer one array per report (`{"mrrs": [...]}`); each row (a month, or a day of usage) becomes
 * one n8n item, ready for a chart, a sheet or an aggregation.
 */
export const rows = (property: string): PostReceiveAction[] => [{ type: 'rootProperty', properties: { property } }];

const currency: INodeProperties = text('currency', 'Currency', 'Three-letter ISO 4217 code; the default currency of the organization when empty', toQuery('currency', '={{ $value.trim().toUpperCase() || undefined }}'), { placeholder: 'USD' });

const months: INodeProperties = number('months', 'Months', 'How many months back the report goes, this month included', toQuery('months'), { default: 12, typeOptions: { minValue: 1 } });

const externalCustomerId: INodeProperties = customerFilter('Only this customer');

/** The Options of the monthly reports; `perCustomer` adds the customer filter where Lago supports it. */
export function monthlyOptions(perCustomer: boolean): INodeProperties {
	return group('options', [currency, ...(perCustomer ? [externalCustomerId] : []), months]);
}

export const usageFilters: INodeProperties = group('filters', [
	text('billableMetricCode', 'Billable Metric Code', undefined, toQuery('billable_metric_code')),
	{ ...currency, description: 'Three-letter ISO 4217 code' },
	{ ...externalCustomerId },
	text('customerCountry', 'Customer Country', 'Two-letter ISO 3166-1 code', toQuery('customer_country'), { placeholder: 'US' }),
	customerType(toQuery('customer_type')),
	dateTime('fromDate', 'From Date', 'First day of the report (a calendar day, YYYY-MM-DD)', toQuery('from_date')),
	text('planCode', 'Plan Code', undefined, toQuery('plan_code')),
	boolean('isBillableMetricRecurring', 'Recurring Metrics Only', 'Whether to report only recurring billable metrics (on) or only non-recurring ones (off)', toQuery('is_billable_metric_recurring'), { default: true }),
	subscriptionFilter(),
	dateTime('toDate', 'To Date', 'Last day of the report (a calendar day, YYYY-MM-DD)', toQuery('to_date')),
]);

export const usageChecks: RequestCheck[] = [
	calendarDate('From Date', 'from_date'),
	calendarDate('To Date', 'to_date'),
	countryCode('Customer Country', 'customer_country', 'qs'),
];
