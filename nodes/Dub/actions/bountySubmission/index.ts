import { defineResource } from '../../../shared/operation';
import { approve } from './approve';
import { getAll } from './getAll';
import { reject } from './reject';

export const bountySubmission = defineResource({
	name: 'Bounty Submission',
	value: 'bountySubmission',
	operations: [approve, getAll, reject],
});
