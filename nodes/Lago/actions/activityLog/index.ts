import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const activityLog = defineResource({
	name: 'Activity Log',
	value: 'activityLog',
	description: 'Who changed what in Lago, from the app, the API or Lago itself: an audit trail to archive, or to alert on',
	operations: [get, getAll],
});
