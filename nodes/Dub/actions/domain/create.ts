import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields, text } from '../../../shared/fields';
import { domainDetails } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a domain',
	description: 'Add a domain you own to the workspace; point its DNS at Dub afterwards',
	operationId: 'createDomain',
	method: 'POST',
	path: '/domains',
	checks: [required('Domain Name', 'slug')],
	fields: [
		text('slug', 'Domain Name', 'The domain, without https://', 'body', { required: true, placeholder: 'acme.link' }),
		optionalFields(domainDetails),
	],
});
