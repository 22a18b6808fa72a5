import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { text } from '../../../shared/fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an activity log entry',
	operationId: 'findActivityLog',
	method: 'GET',
	path: '/activity_logs/{activityId}',
	fields: [
		text('activityId', 'Activity ID', 'The activity_id of the entry', undefined, { required: true }),
	],
	postReceive: unwrap('activity_log'),
});
