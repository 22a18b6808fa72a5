import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { terminate } from './terminate';
import { update } from './update';

export const subscription = defineResource({
	name: 'Subscription',
	value: 'subscription',
	operations: [create, get, getAll, terminate, update],
	defaultOperation: create.value,
});
