import type { INodeProperties } from 'n8n-workflow';

import { calendarDate } from '../../../shared/validation';
import { commaSeparated, toQuery } from '../../fields';

export const dateChecks = [calendarDate('From Date', 'from_date'), calendarDate('To Date', 'to_date')];

export const fromDate: INodeProperties = {
	displayName: 'From Date',
	name: 'fromDate',
	type: 'dateTime',
	default: '',
	description: 'Only entries from this day on (a calendar day, YYYY-MM-DD)',
	routing: toQuery('from_date'),
};

export const toDate: INodeProperties = {
	displayName: 'To Date',
	name: 'toDate',
	type: 'dateTime',
	default: '',
	description: 'Only entries up to this day (a calendar day, YYYY-MM-DD)',
	routing: toQuery('to_date'),
};

export const activityLogFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Activity Sources',
			name: 'activitySources',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'API', value: 'api' },
				{ name: 'Lago App', value: 'front' },
				{ name: 'System', value: 'system' },
			],
			routing: toQuery('activity_sources'),
		},
		{
			displayName: 'Activity Types',
			name: 'activityTypes',
			type: 'string',
			default: '',
			placeholder: 'invoice.created, plan.updated',
			description: 'Comma-separated',
			routing: toQuery('activity_types', commaSeparated),
		},
		{
			displayName: 'Customer External ID',
			name: 'externalCustomerId',
			type: 'string',
			default: '',
			routing: toQuery('external_customer_id'),
		},
		fromDate,
		{
			displayName: 'Resource IDs',
			name: 'resourceIds',
			type: 'string',
			default: '',
			description: 'Comma-separated Lago IDs of the records changed',
			routing: toQuery('resource_ids', commaSeparated),
		},
		{
			displayName: 'Resource Types',
			name: 'resourceTypes',
			type: 'string',
			default: '',
			placeholder: 'Invoice, BillableMetric',
			description: 'Comma-separated kinds of records changed',
			routing: toQuery('resource_types', commaSeparated),
		},
		{
			displayName: 'Subscription External ID',
			name: 'externalSubscriptionId',
			type: 'string',
			default: '',
			routing: toQuery('external_subscription_id'),
		},
		toDate,
		{
			displayName: 'User Emails',
			name: 'userEmails',
			type: 'string',
			default: '',
			description: 'Comma-separated emails of the Lago users who made the changes',
			routing: toQuery('user_emails', commaSeparated),
		},
	],
};
