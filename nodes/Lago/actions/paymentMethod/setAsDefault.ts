import { defineOperation } from '../../../shared/operation';
import { customerLocator, paymentMethodIdField, paymentMethodOutput } from './fields';

export const setAsDefault = defineOperation({
	name: 'Set as Default',
	value: 'setAsDefault',
	action: 'Set a payment method as the default of a customer',
	description: 'Lago charges the default payment method for new invoices',
	operationId: 'paymentMethodSetAsDefault',
	method: 'PUT',
	path: '/customers/{customer}/payment_methods/{paymentMethodId}/set_as_default',
	fields: [customerLocator, paymentMethodIdField],
	postReceive: paymentMethodOutput,
});
