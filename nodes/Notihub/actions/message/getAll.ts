import { defineOperation } from '../../../shared/operation';
import { matches } from '../../../shared/validation';
import { notihubPages } from '../../client';
import { UUID } from '../customer/fields';
import { group, text } from '../../../shared/fields';

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
		group('filters', [
			text('customerId', 'Customer ID', 'Only messages sent to this customer (the Notihub customer UUID)', 'query', { placeholder: '0f42b842-007d-4c98-9160-ae6b6e908ca0' }),
			text('templateId', 'Template ID', 'Only messages sent with this template', { type: 'query', property: 'templateId', value: '={{ $value.trim() }}' }),
		]),
	],
});
