import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';

export const payment = defineResource({
	name: 'Payment',
	value: 'payment',
	operations: [create, get, getAll],
});
