import { defineOperation } from '../../../shared/operation';
import { partnerLocator } from './fields';

export const createEmbedToken = defineOperation({
	name: 'Create Referrals Embed Token',
	value: 'createEmbedToken',
	action: 'Create a referrals embed token for a partner',
	description: "A short-lived public token for Dub's embedded referral dashboard, shown to the partner in your app",
	operationId: 'createReferralsEmbedToken',
	method: 'POST',
	path: '/tokens/embed/referrals',
	fields: [partnerLocator({ where: 'body', withTenantId: true, description: 'The partner who sees the dashboard' })],
});
