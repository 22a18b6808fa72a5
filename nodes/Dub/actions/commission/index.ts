import { defineResource } from '../../../shared/operation';
import { bulkUpdate } from './bulkUpdate';
import { create } from './create';
import { getAll } from './getAll';
import { update } from './update';

export const commission = defineResource({
	name: 'Commission',
	value: 'commission',
	operations: [create, getAll, update, bulkUpdate],
});
