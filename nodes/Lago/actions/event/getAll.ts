import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { dateTime } from '../../../shared/validation';

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
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Billable Metric Code',
					name: 'code',
					type: 'string',
					default: '',
					routing: { send: { type: 'query', property: 'code' } },
				},
				{
					displayName: 'From',
					name: 'timestampFrom',
					type: 'dateTime',
					default: '',
					description: 'Only events that happened at or after this time (ISO 8601 date-time, UTC when no offset is given)',
					routing: { send: { type: 'query', property: 'timestamp_from' } },
				},
				{
					displayName: 'From Current Period Start',
					name: 'timestampFromStartedAt',
					type: 'boolean',
					default: true,
					description: 'Whether to return only events of the current billing period of the subscription',
					routing: { send: { type: 'query', property: 'timestamp_from_started_at' } },
				},
				{
					displayName: 'Subscription External ID',
					name: 'externalSubscriptionId',
					type: 'string',
					default: '',
					routing: { send: { type: 'query', property: 'external_subscription_id' } },
				},
				{
					displayName: 'To',
					name: 'timestampTo',
					type: 'dateTime',
					default: '',
					description: 'Only events that happened at or before this time (ISO 8601 date-time, UTC when no offset is given)',
					routing: { send: { type: 'query', property: 'timestamp_to' } },
				},
			],
		},
	],
});
