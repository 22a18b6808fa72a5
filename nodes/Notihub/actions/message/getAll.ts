import { defineOperation } from '../../../shared/operation';
import { matches } from '../../../shared/validation';
import { notihubPages } from '../../client';
import { UUID } from '../customer/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many messages',
	operationId: 'listMessages',
	method: 'GET',
	path: '/messages/',
	walk: notihubPages,
	checks: [matches('Customer ID', 'customerId', { where: 'qs', pattern: UUID, problem: 'must be a Notihub customer ID (a UUID)' })],
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Customer ID',
					name: 'customerId',
					type: 'string',
					default: '',
					placeholder: '0f42b842-007d-4c98-9160-ae6b6e908ca0',
					description: 'Only messages sent to this customer (the Notihub customer UUID)',
					routing: { send: { type: 'query', property: 'customerId' } },
				},
				{
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					description: 'Only messages sent with this template',
					routing: { send: { type: 'query', property: 'templateId', value: '={{ $value.trim() }}' } },
				},
			],
		},
	],
});
