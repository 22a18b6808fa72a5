import { getAll as allPaymentRequests } from '../paymentRequest/getAll';
import { customerList, filtersOf } from './lists';

export const getPaymentRequests = customerList({
	name: 'Get Payment Requests',
	value: 'getPaymentRequests',
	action: 'Get the payment requests of a customer',
	operationId: 'findAllCustomerPaymentRequests',
	records: 'payment_requests',
	filters: filtersOf(allPaymentRequests, ['billingEntityCodes', 'paymentStatus']),
});
