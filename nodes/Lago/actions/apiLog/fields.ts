import type { INodeProperties } from 'n8n-workflow';

import { commaSeparated, toQuery } from '../../fields';
import { fromDate, toDate } from '../activityLog/fields';
import { group, multiOptions, text } from '../../../shared/fields';

export { dateChecks } from '../activityLog/fields';

export const apiLogFilters: INodeProperties = group('filters', [
	text('apiVersion', 'API Version', undefined, toQuery('api_version'), { placeholder: 'v1' }),
	fromDate,
	multiOptions('httpMethods', 'HTTP Methods', 'Lago logs only the requests that change data', [['DELETE', 'delete'], ['POST', 'post'], ['PUT', 'put']], toQuery('http_methods')),
	text('httpStatuses', 'HTTP Statuses', 'Comma-separated status codes, or "succeeded" / "failed"', toQuery('http_statuses', commaSeparated), { placeholder: '422, failed' }),
	text('requestPaths', 'Request Path', undefined, toQuery('request_paths'), { placeholder: '/api/v1/events' }),
	toDate,
]);
