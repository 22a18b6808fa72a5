import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow, simplified } from '../../../shared/output';
import { cursorPages } from '../../client';
import { boolean, filters, queryText, sortBy, sortOrder, text } from '../../../shared/fields';
import { simpleCustomer, customerSimplify } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	operationId: 'getCustomers',
	method: 'GET',
	path: '/customers',
	walk: cursorPages,
	fields: [
		filters([
			text('country', 'Country', 'Two-letter ISO 3166-1 alpha-2 country code', { type: 'query', property: 'country', value: '={{ $value.trim().toUpperCase() }}' }, { placeholder: 'US' }),
			queryText('email', 'Email', 'Exact, case-sensitive match. Takes precedence over External ID and Search.', 'name@email.com'),
			queryText('externalId', 'External ID', 'Exact, case-sensitive match. Takes precedence over Search.'),
			boolean('includeExpandedFields', 'Include Link, Partner and Discount', 'Whether to embed the referral link, the partner and the discount in each customer', 'query', { default: true }),
			queryText('linkId', 'Link ID', 'Only customers referred through this link'),
			queryText('partnerId', 'Partner ID', 'Only customers referred by this partner'),
			queryText('search', 'Search', 'Matches email, external ID or name'),
			sortBy('createdAt', [
				['Created At', 'createdAt'],
				['First Sale At', 'firstSaleAt'],
				['Sale Amount', 'saleAmount'],
				['Subscription Canceled At', 'subscriptionCanceledAt'],
			]),
			sortOrder,
		]),
		customerSimplify,
	],
	postReceive: [oneItemPerRow, simplified(simpleCustomer)],
});
