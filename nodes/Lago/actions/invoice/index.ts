import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const invoice = defineResource({
	name: 'Invoice',
	value: 'invoice',
	operations: [get, getAll],
	defaultOperation: getAll.value,
});
