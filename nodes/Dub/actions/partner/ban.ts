import { defineOperation } from '../../../shared/operation';
import { partnerLocator } from './fields';

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
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'options',
			required: true,
			default: 'tos_violation',
			description: 'Why the partner is banned',
			options: [
				{ name: 'Brand Abuse', value: 'brand_abuse' },
				{ name: 'Fake Traffic', value: 'fake_traffic' },
				{ name: 'Fraud', value: 'fraud' },
				{ name: 'Inappropriate Content', value: 'inappropriate_content' },
				{ name: 'Spam', value: 'spam' },
				{ name: 'Terms of Service Violation', value: 'tos_violation' },
			],
			routing: { send: { type: 'body', property: 'reason' } },
		},
	],
});
