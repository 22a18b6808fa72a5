import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteTax } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const tax = defineResource({
	name: 'Tax',
	value: 'tax',
	description: 'Tax rates applied to customers, plans, charges and add-ons',
	operations: [create, deleteTax, get, getAll, update],
});
