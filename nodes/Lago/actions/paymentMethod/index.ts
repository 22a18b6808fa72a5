import { defineResource } from '../../../shared/operation';
import { deletePaymentMethod } from './delete';
import { getAll } from './getAll';
import { setAsDefault } from './setAsDefault';

export const paymentMethod = defineResource({
	name: 'Payment Method',
	value: 'paymentMethod',
	description: 'Payment methods customers registered with a payment provider',
	operations: [deletePaymentMethod, getAll, setAsDefault],
});
