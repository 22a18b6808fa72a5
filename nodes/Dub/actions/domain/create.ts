import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { optionalFields } from '../common';
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
		{
			displayName: 'Domain Name',
			name: 'slug',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'acme.link',
			description: 'The domain, without https://',
			routing: { send: { type: 'body', property: 'slug' } },
		},
		optionalFields(domainDetails),
	],
});
