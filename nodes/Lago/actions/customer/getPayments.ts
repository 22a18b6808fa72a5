import { getAll as allPayments } from '../payment/getAll';
import { customerList, filtersOf } from './lists';

export const getPayments = customerList({
	name: 'Get Payments',
	value: 'getPayments',
	action: 'Get the payments of a customer',
	operationId: 'findAllCustomerPayments',
	records: 'payments',
	filters: filtersOf(allPayments, ['invoiceId']),
});
