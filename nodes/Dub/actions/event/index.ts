import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';

export const event = defineResource({
	name: 'Event',
	value: 'event',
	operations: [getAll],
});
