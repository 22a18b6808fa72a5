import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';

export const payout = defineResource({
	name: 'Payout',
	value: 'payout',
	operations: [getAll],
});
