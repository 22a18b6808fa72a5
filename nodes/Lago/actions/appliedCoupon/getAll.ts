import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { commaSeparated, customerFilter, toQuery } from '../../fields';
import { group, options, text } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many applied coupons',
	operationId: 'findAllAppliedCoupons',
	method: 'GET',
	path: '/applied_coupons',
	walk: lagoPages('applied_coupons'),
	fields: [
		group('filters', [
			text('couponCodes', 'Coupon Codes', 'Only applications of these coupons, separated by commas', toQuery('coupon_code', commaSeparated), { placeholder: 'BLACK_FRIDAY_2024, CHRISTMAS_2024' }),
			customerFilter('Only the coupons applied to this customer'),
			options('status', 'Status', undefined, [['Active', 'active'], ['Terminated', 'terminated']], 'active', toQuery('status')),
		]),
	],
});
