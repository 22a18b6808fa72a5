import { defineOperation } from '../../../shared/operation';
import { notihubPages } from '../../client';
import { boolean, group, text } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	operationId: 'listCustomers',
	method: 'GET',
	path: '/customers/',
	walk: notihubPages,
	fields: [
		group('filters', [
			boolean('actives', 'Enabled Only', 'Whether to return only customers whose status is Enabled', { type: 'query', property: 'actives', value: '={{ $value || undefined }}' }, { default: true }),
			text('search', 'Search', 'Matches the external ID, an email address or a phone number', 'query'),
		]),
	],
});
