import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields, options } from '../../../shared/fields';
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
			options('rejectionReason', 'Rejection Reason', undefined, [['Did Not Meet Criteria', 'didNotMeetCriteria'], ['Duplicate Submission', 'duplicateSubmission'], ['Invalid Proof', 'invalidProof'], ['Other', 'other'], ['Out of Time Window', 'outOfTimeWindow']], 'didNotMeetCriteria', 'body'),
		]),
	],
});
