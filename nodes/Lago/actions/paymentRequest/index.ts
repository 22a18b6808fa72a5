import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';

export const paymentRequest = defineResource({
	name: 'Payment Request',
	value: 'paymentRequest',
	operations: [create, get, getAll],
});
