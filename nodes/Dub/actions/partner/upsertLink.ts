import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { linkComments, linkKey, linkPropertiesCollection, partnerLocator, testVariants } from './fields';
import { group, text } from '../../../shared/fields';

export const upsertLink = defineOperation({
	name: 'Create or Update Link',
	value: 'upsertLink',
	action: 'Create or update a link for a partner',
	description: "Return the partner's link to a URL, updating it if anything changed, or create it",
	operationId: 'upsertPartnerLink',
	method: 'PUT',
	path: '/partners/links/upsert',
	checks: [required('URL', 'url'), testVariants],
	fields: [
		partnerLocator({ where: 'body', withTenantId: true }),
		text('url', 'URL', "The destination URL; its domain must match the program's default URL", 'body', { required: true, placeholder: 'https://acme.com/pricing' }),
		group('additionalFields', [linkComments, linkKey]),
		linkPropertiesCollection(false),
	],
});
