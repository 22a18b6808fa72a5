import { defineOperation } from '../../../shared/operation';
import { taxLocator } from './fields';

export const deleteTax = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a tax',
	operationId: 'destroyTax',
	method: 'DELETE',
	path: '/taxes/{tax}',
	fields: [taxLocator],
});
