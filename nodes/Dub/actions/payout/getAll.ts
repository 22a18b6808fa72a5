import { defineOperation } from '../../../shared/operation';
import { numberedPages } from '../../client';
import { filters, queryText, sortBy, sortOrder } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payouts',
	operationId: 'listPayouts',
	method: 'GET',
	path: '/payouts',
	walk: numberedPages,
	fields: [
		filters([
			queryText('invoiceId', 'Invoice ID', 'Only payouts of this payout invoice'),
			queryText('partnerId', 'Partner ID', 'Only payouts to this partner', 'pn_1JTBFVBMPEZSSWJHDD0YMKE2F'),
			sortBy('amount', [
				['Amount', 'amount'],
				['Initiated At', 'initiatedAt'],
				['Paid At', 'paidAt'],
			]),
			sortOrder,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'pending',
				options: ['Canceled', 'Completed', 'Failed', 'Pending', 'Processed', 'Processing', 'Sent'].map((name) => ({
					name,
					value: name.toLowerCase(),
				})),
				routing: { send: { type: 'query', property: 'status' } },
			},
			queryText('tenantId', 'Tenant ID', 'Only payouts to the partner with this ID in your own system'),
		]),
	],
});
