import { defineResource } from '../../../shared/operation';
import { get } from './get';

export const analytics = defineResource({
	name: 'Analytics',
	value: 'analytics',
	operations: [get],
});
