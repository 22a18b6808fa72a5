import { defineOperation } from '../../../shared/operation';
import { wholeNumber } from '../../../shared/validation';
import { optionalFields } from '../../../shared/fields';
import { cents } from '../commission/fields';
import { bountyLocator, submissionLocator, submissionPath } from './fields';

export const approve = defineOperation({
	name: 'Approve',
	value: 'approve',
	action: 'Approve a bounty submission',
	description: "Approve a partner's submission; Dub creates the reward commission",
	operationId: 'approveBountySubmission',
	method: 'POST',
	path: `${submissionPath}/approve`,
	checks: [wholeNumber('Reward Amount', 'rewardAmount', { min: 0, hint: 'Dub takes amounts in cents: send 5000 for $50.00.' })],
	fields: [
		bountyLocator,
		submissionLocator,
		optionalFields([cents('rewardAmount', 'Reward Amount', "The reward, when it differs from the bounty's own")]),
	],
});
