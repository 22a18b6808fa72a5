import type { INodeProperties } from 'n8n-workflow';

import { calendarDate } from '../../../shared/validation';
import { commaSeparated, customerFilter, subscriptionFilter, toQuery } from '../../fields';
import { dateTime, group, multiOptions, text } from '../../../shared/fields';

export const dateChecks = [calendarDate('From Date', 'from_date'), calendarDate('To Date', 'to_date')];

export const fromDate: INodeProperties = dateTime('fromDate', 'From Date', 'Only entries from this day on (a calendar day, YYYY-MM-DD)', toQuery('from_date'));

export const toDate: INodeProperties = dateTime('toDate', 'To Date', 'Only entries up to this day (a calendar day, YYYY-MM-DD)', toQuery('to_date'));

export const activityLogFilters: INodeProperties = group('filters', [
	multiOptions('activitySources', 'Activity Sources', undefined, [['API', 'api'], ['Lago App', 'front'], ['System', 'system']], toQuery('activity_sources')),
	text('activityTypes', 'Activity Types', 'Comma-separated', toQuery('activity_types', commaSeparated), { placeholder: 'invoice.created, plan.updated' }),
	customerFilter(),
	fromDate,
	text('resourceIds', 'Resource IDs', 'Comma-separated Lago IDs of the records changed', toQuery('resource_ids', commaSeparated)),
	text('resourceTypes', 'Resource Types', 'Comma-separated kinds of records changed', toQuery('resource_types', commaSeparated), { placeholder: 'Invoice, BillableMetric' }),
	subscriptionFilter(),
	toDate,
	text('userEmails', 'User Emails', 'Comma-separated emails of the Lago users who made the changes', toQuery('user_emails', commaSeparated)),
]);
