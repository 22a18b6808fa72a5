import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { set } from './set';

export const preference = defineResource({
	name: 'Preference',
	value: 'preference',
	operations: [get, set],
	defaultOperation: set.value,
});
