import { defineOperation } from '../../../shared/operation';
import { countryCode } from '../../../shared/validation';
import { numberedPages } from '../../client';
import { filters, queryText } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many partner applications',
	description: 'List the pending applications to the program',
	operationId: 'listPartnerApplications',
	method: 'GET',
	path: '/partners/applications',
	walk: numberedPages,
	checks: [countryCode('Country', 'country', 'qs')],
	fields: [
		filters([
			queryText('country', 'Country', "Two-letter ISO 3166-1 alpha-2 code of the applicant's country", 'US'),
			queryText('groupId', 'Group ID', 'Only applications to this partner group', 'grp_123'),
		]),
	],
});
