import type { INodeProperties } from 'n8n-workflow';

import { commaSeparated, toQuery } from '../../fields';
import { fromDate, toDate } from '../activityLog/fields';

export { dateChecks } from '../activityLog/fields';

export const apiLogFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: '',
			placeholder: 'v1',
			routing: toQuery('api_version'),
		},
		fromDate,
		{
			displayName: 'HTTP Methods',
			name: 'httpMethods',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'DELETE', value: 'delete' },
				{ name: 'POST', value: 'post' },
				{ name: 'PUT', value: 'put' },
			],
			description: 'Lago logs only the requests that change data',
			routing: toQuery('http_methods'),
		},
		{
			displayName: 'HTTP Statuses',
			name: 'httpStatuses',
			type: 'string',
			default: '',
			placeholder: '422, failed',
			description: 'Comma-separated status codes, or "succeeded" / "failed"',
			routing: toQuery('http_statuses', commaSeparated),
		},
		{
			displayName: 'Request Path',
			name: 'requestPaths',
			type: 'string',
			default: '',
			placeholder: '/api/v1/events',
			routing: toQuery('request_paths'),
		},
		toDate,
	],
};
