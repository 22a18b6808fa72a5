import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { dateTime as dateTimeCheck } from '../../../shared/validation';
import { boolean, dateTime, group, text } from '../../../shared/fields';
import { subscriptionFilter, toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many usage events',
	description: 'Events Lago received, newest first',
	operationId: 'findAllEvents',
	method: 'GET',
	path: '/events',
	walk: lagoPages('events'),
	checks: [dateTimeCheck('From', 'timestamp_from', 'qs'), dateTimeCheck('To', 'timestamp_to', 'qs')],
	fields: [
		group('filters', [
			text('code', 'Billable Metric Code', undefined, 'query'),
			dateTime('timestampFrom', 'From', 'Only events that happened at or after this time (ISO 8601 date-time, UTC when no offset is given)', toQuery('timestamp_from')),
			boolean('timestampFromStartedAt', 'From Current Period Start', 'Whether to return only events of the current billing period of the subscription', toQuery('timestamp_from_started_at'), { default: true }),
			subscriptionFilter(),
			dateTime('timestampTo', 'To', 'Only events that happened at or before this time (ISO 8601 date-time, UTC when no offset is given)', toQuery('timestamp_to')),
		]),
	],
});
