import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many taxes',
	operationId: 'findAllTaxes',
	method: 'GET',
	path: '/taxes',
	walk: lagoPages('taxes'),
	fields: [],
});
