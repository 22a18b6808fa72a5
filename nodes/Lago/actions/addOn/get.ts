import { defineOperation } from '../../../shared/operation';
import { addOnLocator, recordOutput } from '../../billingFields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get an add-on',
	operationId: 'findAddOn',
	method: 'GET',
	path: '/add_ons/{addOnCode}',
	fields: [addOnLocator],
	postReceive: recordOutput('add_on'),
});
