import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { getLifetimeUsage } from './getLifetimeUsage';
import { terminate } from './terminate';
import { update } from './update';
import { updateLifetimeUsage } from './updateLifetimeUsage';

export const subscription = defineResource({
	name: 'Subscription',
	value: 'subscription',
	operations: [create, get, getAll, terminate, update, getLifetimeUsage, updateLifetimeUsage],
	defaultOperation: create.value,
});
