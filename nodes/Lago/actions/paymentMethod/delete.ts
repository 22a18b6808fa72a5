import { defineOperation } from '../../../shared/operation';
import { customerLocator, paymentMethodIdField } from './fields';

export const deletePaymentMethod = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a payment method of a customer',
	operationId: 'destroyPaymentMethod',
	method: 'DELETE',
	path: '/customers/{customer}/payment_methods/{paymentMethodId}',
	fields: [customerLocator, paymentMethodIdField],
});
