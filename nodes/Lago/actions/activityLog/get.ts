import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an activity log entry',
	operationId: 'findActivityLog',
	method: 'GET',
	path: '/activity_logs/{activityId}',
	fields: [
		{
			displayName: 'Activity ID',
			name: 'activityId',
			type: 'string',
			required: true,
			default: '',
			description: 'The activity_id of the entry',
		},
	],
	postReceive: unwrap('activity_log'),
});
