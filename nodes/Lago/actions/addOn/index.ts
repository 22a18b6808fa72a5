import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteAddOn } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const addOn = defineResource({
	name: 'Add-On',
	value: 'addOn',
	operations: [create, deleteAddOn, get, getAll, update],
});
