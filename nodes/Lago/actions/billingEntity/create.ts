import { defineOperation } from '../../../shared/operation';
import { billingEntityDetails, billingEntityOutput } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a billing entity',
	operationId: 'createBillingEntity',
	method: 'POST',
	path: '/billing_entities',
	fields: [
		{ displayName: 'Code', name: 'code', type: 'string', required: true, default: '', placeholder: 'acme_eu', routing: { send: { type: 'body', property: 'billing_entity.code' } } },
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'Acme Europe', routing: { send: { type: 'body', property: 'billing_entity.name' } } },
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: billingEntityDetails },
	],
	postReceive: billingEntityOutput,
});
