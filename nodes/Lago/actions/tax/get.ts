import { defineOperation } from '../../../shared/operation';
import { taxLocator, taxOutput } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a tax',
	operationId: 'findTax',
	method: 'GET',
	path: '/taxes/{tax}',
	fields: [taxLocator],
	postReceive: taxOutput,
});
