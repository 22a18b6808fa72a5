import { defineOperation } from '../../../shared/operation';
import { billingEntityDetails, billingEntityLocator, billingEntityOutput, updateOnlyDetails } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a billing entity',
	operationId: 'updateBillingEntity',
	method: 'PUT',
	path: '/billing_entities/{billingEntity}',
	requireSomeOf: 'updateFields',
	request: { body: { billing_entity: {} } },
	fields: [
		billingEntityLocator,
		group('updateFields', [
			...billingEntityDetails,
			text('name', 'Name', undefined, toBody('billing_entity.name')),
			...updateOnlyDetails,
		]),
	],
	postReceive: billingEntityOutput,
});
