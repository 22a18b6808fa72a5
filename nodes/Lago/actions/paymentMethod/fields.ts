import { unwrap } from '../../client';
import { codeField } from '../sharedFields/locators';

export { customerLocator } from '../sharedFields/locators';

export const paymentMethodOutput = unwrap('payment_method');

export const paymentMethodIdField = codeField(
	'Payment Method ID',
	'paymentMethodId',
	'1a901a90-1a90-1a90-1a90-1a901a901a90',
	'The Lago ID (lago_id) of the payment method, from Get Many',
);
