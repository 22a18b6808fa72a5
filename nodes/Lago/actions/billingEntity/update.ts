import { defineOperation } from '../../../shared/operation';
import { billingEntityDetails, billingEntityLocator, billingEntityOutput, updateOnlyDetails } from './fields';

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
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...billingEntityDetails,
				{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'billing_entity.name' } } },
				...updateOnlyDetails,
			],
		},
	],
	postReceive: billingEntityOutput,
});
