import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { apiLogFilters, dateChecks } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many API log entries',
	description: 'Requests that changed data, with their bodies and answers: e.g. every 422 of the last day, to alert on a broken integration',
	operationId: 'findAllApiLogs',
	method: 'GET',
	path: '/api_logs',
	walk: lagoPages('api_logs'),
	checks: dateChecks,
	fields: [apiLogFilters],
});
