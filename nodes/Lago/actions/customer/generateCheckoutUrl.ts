import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { customerLocator } from './fields';

export const generateCheckoutUrl = defineOperation({
	name: 'Generate Checkout URL',
	value: 'generateCheckoutUrl',
	action: 'Generate a checkout URL for a customer',
	description: "Generate a new link to the payment provider's checkout, where the customer registers a payment method",
	operationId: 'generateCustomerCheckoutURL',
	method: 'POST',
	path: '/customers/{customer}/checkout_url',
	postReceive: unwrap('customer'),
	fields: [customerLocator],
});
