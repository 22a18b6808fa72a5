import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { customerLocator, paymentMethodIdField } from './fields';

export const deletePaymentMethod = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a payment method of a customer',
	operationId: 'destroyPaymentMethod',
	method: 'DELETE',
	path: '/customers/{customer}/payment_methods/{paymentMethodId}',
	fields: [customerLocator, paymentMethodIdField],
	postReceive: [deletedRecord('paymentMethodId')],
});
