import { defineOperation } from '../../../shared/operation';
import { partnerLocator } from './fields';
import { options } from '../../../shared/fields';

export const ban = defineOperation({
	name: 'Ban',
	value: 'ban',
	action: 'Ban a partner',
	description: 'Ban a partner from the program: disables all their links and cancels their commissions',
	operationId: 'banPartner',
	method: 'POST',
	path: '/partners/ban',
	fields: [
		partnerLocator({ where: 'body', withTenantId: true }),
		options('reason', 'Reason', 'Why the partner is banned', [['Brand Abuse', 'brand_abuse'], ['Fake Traffic', 'fake_traffic'], ['Fraud', 'fraud'], ['Inappropriate Content', 'inappropriate_content'], ['Spam', 'spam'], ['Terms of Service Violation', 'tos_violation']], 'tos_violation', 'body', { required: true }),
	],
});
