import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { activityLogFilters, dateChecks } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many activity log entries',
	description: 'Changes to Lago records, newest first: copy them to your own audit store, or react to changes made in the Lago app',
	operationId: 'findAllActivityLogs',
	method: 'GET',
	path: '/activity_logs',
	walk: lagoPages('activity_logs'),
	checks: dateChecks,
	fields: [activityLogFilters],
});
