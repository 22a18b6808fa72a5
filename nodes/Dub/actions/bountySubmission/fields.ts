import { recordLocator } from '../../../shared/fields';

/** The bounty (Dub lists no bounties through its API, so it is given by ID). */
export const bountyLocator = recordLocator({ displayName: 'Bounty', name: 'bountyId', placeholder: 'bnty_1JTBFVBMPEZSSWJHDD0YMKE2F', description: 'The bounty, by the ID shown in its URL in the Dub dashboard' });

/** The submission to a bounty. */
export const submissionLocator = recordLocator({ displayName: 'Submission', name: 'submissionId', placeholder: 'bnty_sub_1JTBFVBMPEZSSWJHDD0YMKE2F', description: 'The submission, from Get Many bounty submissions' });

export const submissionPath = '/bounties/{bountyId}/submissions/{submissionId}';
