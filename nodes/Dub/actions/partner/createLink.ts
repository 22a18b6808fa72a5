import { defineOperation } from '../../../shared/operation';
import { linkComments, linkKey, linkPropertiesCollection, partnerLocator, testVariants } from './fields';

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
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				linkComments,
				linkKey,
				{
					displayName: 'URL',
					name: 'url',
					type: 'string',
					default: '',
					placeholder: 'https://acme.com/pricing',
					description: "The destination URL; the program's default URL when empty. Its domain must match the program's.",
					routing: { send: { type: 'body', property: 'url' } },
				},
			],
		},
		linkPropertiesCollection(false),
	],
});
