import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many coupons',
	operationId: 'findAllCoupons',
	method: 'GET',
	path: '/coupons',
	walk: lagoPages('coupons'),
});
