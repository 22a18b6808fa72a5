import { defineOperation } from '../../../shared/operation';
import { applicantLocator, fraudFlag } from './fields';

export const reject = defineOperation({
	name: 'Reject',
	value: 'reject',
	action: 'Reject a partner application',
	description: 'Turn the applicant down; Dub tells them by email',
	operationId: 'rejectPartnerApplication',
	method: 'POST',
	path: '/partners/applications/reject',
	checks: [fraudFlag],
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
					displayName: 'Flag for Fraud',
					name: 'flagForFraud',
					type: 'boolean',
					default: false,
					description: 'Whether to flag the partner for fraud review by the Dub team. Needs a Fraud Reason; not allowed with Instant reapplication.',
					routing: { send: { type: 'body', property: 'flagForFraud' } },
				},
				{
					displayName: 'Fraud Reason',
					name: 'flagForFraudReason',
					type: 'string',
					typeOptions: { rows: 2 },
					default: '',
					description: 'Why the partner is flagged for fraud, at most 2,000 characters. Required with Flag for Fraud.',
					routing: { send: { type: 'body', property: 'flagForFraudReason' } },
				},
				{
					displayName: 'Reapplication',
					name: 'reapplicationTimeframe',
					type: 'options',
					default: 'standard',
					description: 'When the partner may apply again',
					options: [
						{ name: 'After 30 Days', value: 'standard' },
						{ name: 'Instant', value: 'instant', description: 'At once' },
						{ name: 'Never', value: 'never' },
					],
					routing: { send: { type: 'body', property: 'reapplicationTimeframe' } },
				},
				{
					displayName: 'Rejection Note',
					name: 'rejectionNote',
					type: 'string',
					typeOptions: { rows: 2 },
					default: '',
					description: 'More detail for the partner, sent to them by email; at most 500 characters',
					routing: { send: { type: 'body', property: 'rejectionNote' } },
				},
				{
					displayName: 'Rejection Reason',
					name: 'rejectionReason',
					type: 'options',
					default: 'notTheRightFit',
					description: 'Why the application is rejected; shared with the partner by email',
					options: [
						{ name: 'Does Not Meet Requirements', value: 'doesNotMeetRequirements' },
						{ name: 'Needs More Detail', value: 'needsMoreDetail' },
						{ name: 'Not the Right Fit', value: 'notTheRightFit' },
						{ name: 'Other', value: 'other' },
					],
					routing: { send: { type: 'body', property: 'rejectionReason' } },
				},
			],
		},
	],
});
