import { defineOperation } from '../../../shared/operation';
import { currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { group, options, text } from '../../../shared/fields';
import { commaSeparated, toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payment requests',
	operationId: 'findAllPaymentRequests',
	method: 'GET',
	path: '/payment_requests',
	walk: lagoPages('payment_requests'),
	checks: [currency('Currency', 'currency', 'qs')],
	fields: [
		group('filters', [
			text('billingEntityCodes', 'Billing Entity Codes', 'Separated by commas', toQuery('billing_entity_codes', commaSeparated)),
			text('currency', 'Currency', 'Three-letter ISO 4217 code', 'query', { placeholder: 'USD' }),
			text('externalCustomerId', 'Customer External ID', undefined, toQuery('external_customer_id')),
			options('paymentStatus', 'Payment Status', undefined, [
				['Failed', 'failed'],
				['Pending', 'pending'],
				['Succeeded', 'succeeded'],
			], 'pending', toQuery('payment_status')),
		]),
	],
});
