import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow, simplified } from '../../../shared/output';
import { countryCode, email } from '../../../shared/validation';
import { numberedPages } from '../../client';
import { filters, options, queryText, sortBy, sortOrder } from '../../../shared/fields';
import { partnerSimplify, simplePartner } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many partners',
	operationId: 'listPartners',
	method: 'GET',
	path: '/partners',
	walk: numberedPages,
	checks: [email('Email', 'email', 'qs'), countryCode('Country', 'country', 'qs')],
	fields: [
		filters([
			queryText('country', 'Country', 'Two-letter ISO 3166-1 alpha-2 country code', 'US'),
			queryText('email', 'Email', 'Exact match. Takes precedence over Search.', 'name@email.com'),
			queryText('groupId', 'Group ID', 'Only partners in this partner group', 'grp_123'),
			queryText('search', 'Search', 'Matches ID, name, email or link'),
			sortBy('totalSaleAmount', [
				['Average Lifetime Value', 'averageLifetimeValue'],
				['Click to Conversion Rate', 'clickToConversionRate'],
				['Click to Lead Rate', 'clickToLeadRate'],
				['Created At', 'createdAt'],
				['Earnings per Click', 'earningsPerClick'],
				['Lead to Conversion Rate', 'leadToConversionRate'],
				['Net Revenue', 'netRevenue'],
				['Return on Ad Spend', 'returnOnAdSpend'],
				['Total Clicks', 'totalClicks'],
				['Total Commissions', 'totalCommissions'],
				['Total Conversions', 'totalConversions'],
				['Total Leads', 'totalLeads'],
				['Total Sale Amount', 'totalSaleAmount'],
			]),
			sortOrder,
			options('status', 'Status', "The partner's enrollment status in the program", [['Approved', 'approved'], ['Archived', 'archived'], ['Banned', 'banned'], ['Deactivated', 'deactivated'], ['Declined', 'declined'], ['Invited', 'invited'], ['Pending', 'pending'], ['Rejected', 'rejected']], 'approved', 'query'),
			queryText('tenantId', 'Tenant ID', "The partner's ID in your own system. Takes precedence over Email and Search."),
		]),
		partnerSimplify,
	],
	postReceive: [oneItemPerRow, simplified(simplePartner)],
});
