import { defineOperation } from '../../../shared/operation';
import { billingEntityDetails, billingEntityOutput } from './fields';
import { group, text } from '../../../shared/fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a billing entity',
	operationId: 'createBillingEntity',
	method: 'POST',
	path: '/billing_entities',
	fields: [
		text('code', 'Code', undefined, { type: 'body', property: 'billing_entity.code' }, { required: true, placeholder: 'acme_eu' }),
		text('name', 'Name', undefined, { type: 'body', property: 'billing_entity.name' }, { required: true, placeholder: 'Acme Europe' }),
		group('additionalFields', billingEntityDetails),
	],
	postReceive: billingEntityOutput,
});
