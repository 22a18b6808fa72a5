import { defineOperation } from '../../../shared/operation';
import { numberedPages } from '../../client';
import { dateTime, filters, queryText, sortBy, sortOrder } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many commissions',
	operationId: 'listCommissions',
	method: 'GET',
	path: '/commissions',
	walk: numberedPages,
	fields: [
		filters([
			queryText('customerId', 'Customer ID', 'Only commissions for this customer', 'cus_1KAP4CDPBSVMMBMH9XX3YZZ0Z'),
			dateTime('end', 'End', 'Only commissions created before this date and time (ISO 8601)', 'query'),
			queryText('groupId', 'Group ID', 'Only commissions of partners in this group', 'grp_123'),
			queryText('invoiceId', 'Invoice ID', 'Only the commission of this invoice'),
			queryText('partnerId', 'Partner ID', 'Only commissions of this partner', 'pn_1JTBFVBMPEZSSWJHDD0YMKE2F'),
			queryText('payoutId', 'Payout ID', 'Only commissions in this payout', 'po_1JTBFVBMPEZSSWJHDD0YMKE2F'),
			sortBy('createdAt', [
				['Amount', 'amount'],
				['Created At', 'createdAt'],
			]),
			sortOrder,
			dateTime('start', 'Start', 'Only commissions created from this date and time on (ISO 8601)', 'query'),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'pending',
				options: ['Canceled', 'Duplicate', 'Fraud', 'Paid', 'Pending', 'Processed', 'Refunded'].map((name) => ({ name, value: name.toLowerCase() })),
				routing: { send: { type: 'query', property: 'status' } },
			},
			queryText('tenantId', 'Tenant ID', 'Only commissions of the partner with this ID in your own system'),
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'sale',
				options: ['Click', 'Custom', 'Lead', 'Referral', 'Sale'].map((name) => ({ name, value: name.toLowerCase() })),
				routing: { send: { type: 'query', property: 'type' } },
			},
		]),
	],
});
