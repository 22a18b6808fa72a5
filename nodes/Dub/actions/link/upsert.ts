import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { linkBodyChecks, newLinkAddress, newLinkFields, shortLinkField } from './fields';

export const upsert = defineOperation({
	name: 'Create or Update',
	value: 'upsert',
	action: 'Create or update a link',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	operationId: 'upsertLink',
	method: 'PUT',
	path: '/links/upsert',
	checks: [required('Destination URL', 'url'), ...linkBodyChecks],
	fields: [
		...newLinkAddress,
		shortLinkField.url(
			'Where the short link redirects. Dub looks for a link with this destination URL: it returns that link, updated with the fields given, or creates one when there is none.',
			{ required: true },
		),
		newLinkFields,
	],
});
