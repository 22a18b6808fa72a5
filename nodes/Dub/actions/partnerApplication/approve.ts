import { defineOperation } from '../../../shared/operation';
import { applicantLocator } from './fields';
import { group, text } from '../../../shared/fields';

export const approve = defineOperation({
	name: 'Approve',
	value: 'approve',
	action: 'Approve a partner application',
	description: 'Enroll the applicant in the program; Dub notifies them',
	operationId: 'approvePartnerApplication',
	method: 'POST',
	path: '/partners/applications/approve',
	fields: [
		applicantLocator,
		group('additionalFields', [
			text('groupId', 'Group ID', "The partner group to enroll the partner in; when empty, the group they applied to, or the program's default group", 'body', { placeholder: 'grp_123' }),
		]),
	],
});
