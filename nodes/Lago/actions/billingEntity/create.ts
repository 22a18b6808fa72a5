import { defineOperation } from '../../../shared/operation';
import { billingEntityDetails, billingEntityOutput } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a billing entity',
	operationId: 'createBillingEntity',
	method: 'POST',
	path: '/billing_entities',
	fields: [
		text('code', 'Code', undefined, toBody('billing_entity.code'), { required: true, placeholder: 'acme_eu' }),
		text('name', 'Name', undefined, toBody('billing_entity.name'), { required: true, placeholder: 'Acme Europe' }),
		group('additionalFields', billingEntityDetails),
	],
	postReceive: billingEntityOutput,
});
