import { defineOperation } from '../../../shared/operation';
import { applicantLocator } from './fields';

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
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Group ID',
					name: 'groupId',
					type: 'string',
					default: '',
					placeholder: 'grp_123',
					description:
						"The partner group to enroll the partner in; when empty, the group they applied to, or the program's default group",
					routing: { send: { type: 'body', property: 'groupId' } },
				},
			],
		},
	],
});
