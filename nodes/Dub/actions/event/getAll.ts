import { pageNumberWalk } from '../../../shared/client';
import { defineOperation } from '../../../shared/operation';
import { analyticsFilters, analyticsRange, eventField, timeRangeFields, timezone } from '../analytics/fields';
import { filters, sortOrder } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many events',
	description: 'Single clicks, leads or sales, newest first, with the link, customer and visitor of each',
	operationId: 'listEvents',
	method: 'GET',
	path: '/events',
	// Events page by `page` and `limit`, up to 1,000 a page.
	walk: pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'limit', maxPageSize: 1000 }),
	checks: [analyticsRange, timezone],
	fields: [eventField(false), ...timeRangeFields, filters([...analyticsFilters, sortOrder])],
});
