import { defineOperation } from '../../../shared/operation';
import { addOnLocator } from '../../billingFields';

export const deleteAddOn = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete an add-on',
	operationId: 'destroyAddOn',
	method: 'DELETE',
	path: '/add_ons/{addOnCode}',
	fields: [addOnLocator],
});
