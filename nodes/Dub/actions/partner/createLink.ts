import { defineOperation } from '../../../shared/operation';
import { linkComments, linkKey, linkPropertiesCollection, partnerLocator, testVariants } from './fields';
import { group, text } from '../../../shared/fields';

export const createLink = defineOperation({
	name: 'Create Link',
	value: 'createLink',
	action: 'Create a link for a partner',
	description: 'Create a new short link for a partner enrolled in the program',
	operationId: 'createPartnerLink',
	method: 'POST',
	path: '/partners/links',
	checks: [testVariants],
	fields: [
		partnerLocator({ where: 'body', withTenantId: true }),
		group('additionalFields', [
			linkComments,
			linkKey,
			text('url', 'URL', "The destination URL; the program's default URL when empty. Its domain must match the program's.", 'body', { placeholder: 'https://acme.com/pricing' }),
		]),
		linkPropertiesCollection(false),
	],
});
