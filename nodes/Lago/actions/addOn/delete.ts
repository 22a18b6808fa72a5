import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { addOnLocator } from '../../billingFields';

export const deleteAddOn = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete an add-on',
	operationId: 'destroyAddOn',
	method: 'DELETE',
	path: '/add_ons/{addOnCode}',
	fields: [addOnLocator],
	postReceive: [deletedRecord('addOnCode')],
});
