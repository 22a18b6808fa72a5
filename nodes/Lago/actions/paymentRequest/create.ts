import { defineOperation } from '../../../shared/operation';
import { email } from '../../../shared/validation';
import { billingCustomer, paymentMethodOptions, recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a payment request for overdue invoices',
	description: "Ask a customer to pay several overdue invoices at once: Lago emails the request and charges the customer's payment method",
	operationId: 'createPaymentRequest',
	method: 'POST',
	path: '/payment_requests',
	checks: [inside('payment_request', email('Email', 'email'))],
	postReceive: recordOutput('payment_request'),
	fields: [
		billingCustomer('payment_request.external_customer_id', 'The customer asked to pay, by the external ID your application gave it'),
		text('email', 'Email', 'Where Lago sends the payment request', toBody('payment_request.email'), { placeholder: 'name@email.com', required: true }),
		text('invoiceIds', 'Invoice IDs', "The Lago IDs of the customer's overdue invoices to include, separated by commas", toBody('payment_request.lago_invoice_ids', '={{ (Array.isArray($value) ? $value : String($value).split(",")).map(s => String(s).trim()).filter(s => s) }}'), { required: true, placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90, 1a901a90-1a90-1a90-1a90-1a901a901a91' }),
		group('options', paymentMethodOptions('payment_request.payment_method')),
	],
});

