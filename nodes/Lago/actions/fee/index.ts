import { defineResource } from '../../../shared/operation';
import { deleteFee } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const fee = defineResource({
	name: 'Fee',
	value: 'fee',
	operations: [deleteFee, get, getAll, update],
});
