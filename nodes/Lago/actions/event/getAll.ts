import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { dateTime } from '../../../shared/validation';
import { boolean, group, text } from '../../../shared/fields';
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
	checks: [dateTime('From', 'timestamp_from', 'qs'), dateTime('To', 'timestamp_to', 'qs')],
	fields: [
		group('filters', [
			text('code', 'Billable Metric Code', undefined, 'query'),
			{
				displayName: 'From',
				name: 'timestampFrom',
				type: 'dateTime',
				default: '',
				description: 'Only events that happened at or after this time (ISO 8601 date-time, UTC when no offset is given)',
				routing: { send: { type: 'query', property: 'timestamp_from' } },
			},
			boolean('timestampFromStartedAt', 'From Current Period Start', 'Whether to return only events of the current billing period of the subscription', toQuery('timestamp_from_started_at'), { default: true }),
			subscriptionFilter(),
			{
				displayName: 'To',
				name: 'timestampTo',
				type: 'dateTime',
				default: '',
				description: 'Only events that happened at or before this time (ISO 8601 date-time, UTC when no offset is given)',
				routing: { send: { type: 'query', property: 'timestamp_to' } },
			},
		]),
	],
});
