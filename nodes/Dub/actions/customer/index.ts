import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteCustomer } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const customer = defineResource({
	name: 'Customer',
	value: 'customer',
	operations: [create, deleteCustomer, get, getAll, update],
});
