import { defineOperation } from '../../../shared/operation';
import { currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { group, options } from '../../../shared/fields';
import { billingEntitiesFilter, currencyFilter, customerFilter, toQuery } from '../../fields';

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
			billingEntitiesFilter(),
			currencyFilter(),
			customerFilter(),
			options('paymentStatus', 'Payment Status', undefined, [
				['Failed', 'failed'],
				['Pending', 'pending'],
				['Succeeded', 'succeeded'],
			], 'pending', toQuery('payment_status')),
		]),
	],
});
