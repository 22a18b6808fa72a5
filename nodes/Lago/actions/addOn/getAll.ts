import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many add-ons',
	operationId: 'findAllAddOns',
	method: 'GET',
	path: '/add_ons',
	walk: lagoPages('add_ons'),
});
