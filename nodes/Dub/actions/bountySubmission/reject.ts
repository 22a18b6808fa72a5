import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields } from '../common';
import { bountyLocator, submissionLocator, submissionPath } from './fields';

export const reject = defineOperation({
	name: 'Reject',
	value: 'reject',
	action: 'Reject a bounty submission',
	operationId: 'rejectBountySubmission',
	method: 'POST',
	path: `${submissionPath}/reject`,
	fields: [
		bountyLocator,
		submissionLocator,
		optionalFields([
			bodyText('rejectionNote', 'Rejection Note', 'More detail for the partner'),
			{
				displayName: 'Rejection Reason',
				name: 'rejectionReason',
				type: 'options',
				default: 'didNotMeetCriteria',
				options: [
					{ name: 'Did Not Meet Criteria', value: 'didNotMeetCriteria' },
					{ name: 'Duplicate Submission', value: 'duplicateSubmission' },
					{ name: 'Invalid Proof', value: 'invalidProof' },
					{ name: 'Other', value: 'other' },
					{ name: 'Out of Time Window', value: 'outOfTimeWindow' },
				],
				routing: { send: { type: 'body', property: 'rejectionReason' } },
			},
		]),
	],
});
