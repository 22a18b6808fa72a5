import { defineOperation } from '../../../shared/operation';
import { email } from '../../../shared/validation';
import { billingCustomer, paymentMethodOptions, recordOutput } from '../../billingFields';
import { inside } from '../../validation';

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
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Where Lago sends the payment request',
			routing: { send: { type: 'body', property: 'payment_request.email' } },
		},
		{
			displayName: 'Invoice IDs',
			name: 'invoiceIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90, 1a901a90-1a90-1a90-1a90-1a901a901a91',
			description: "The Lago IDs of the customer's overdue invoices to include, separated by commas",
			routing: { send: { type: 'body', property: 'payment_request.lago_invoice_ids', value: '={{ (Array.isArray($value) ? $value : String($value).split(",")).map(s => String(s).trim()).filter(s => s) }}' } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: paymentMethodOptions('payment_request.payment_method'),
		},
	],
});

