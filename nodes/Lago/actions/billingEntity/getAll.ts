import { defineOperation } from '../../../shared/operation';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get every billing entity of the organization',
	description: 'All of them: Lago does not page this list',
	operationId: 'listBillingEntities',
	method: 'GET',
	path: '/billing_entities',
	fields: [],
	postReceive: [{ type: 'rootProperty', properties: { property: 'billing_entities' } }],
});
