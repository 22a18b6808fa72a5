import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { linkBodyChecks, newLinkAddress, newLinkFields, shortLinkField } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a link',
	description: 'Create a short link',
	operationId: 'createLink',
	method: 'POST',
	path: '/links',
	checks: [required('Destination URL', 'url'), ...linkBodyChecks],
	fields: [
		shortLinkField.url('Where the short link redirects (at most 32,000 characters)', { required: true }),
		...newLinkAddress,
		newLinkFields,
	],
});
