import { defineOperation } from '../../../shared/operation';
import { applicantLocator, fraudFlag } from './fields';
import { boolean, group, options, text } from '../../../shared/fields';

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
		group('additionalFields', [
			boolean('flagForFraud', 'Flag for Fraud', 'Whether to flag the partner for fraud review by the Dub team. Needs a Fraud Reason; not allowed with Instant reapplication.', 'body'),
			text('flagForFraudReason', 'Fraud Reason', 'Why the partner is flagged for fraud, at most 2,000 characters. Required with Flag for Fraud.', 'body', { typeOptions: { rows: 2 } }),
			options('reapplicationTimeframe', 'Reapplication', 'When the partner may apply again', [['After 30 Days', 'standard'], ['Instant', 'instant', 'At once'], ['Never', 'never']], 'standard', 'body'),
			text('rejectionNote', 'Rejection Note', 'More detail for the partner, sent to them by email; at most 500 characters', 'body', { typeOptions: { rows: 2 } }),
			options('rejectionReason', 'Rejection Reason', 'Why the application is rejected; shared with the partner by email', [['Does Not Meet Requirements', 'doesNotMeetRequirements'], ['Needs More Detail', 'needsMoreDetail'], ['Not the Right Fit', 'notTheRightFit'], ['Other', 'other']], 'notTheRightFit', 'body'),
		]),
	],
});
