import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';

export const register = defineOperation({
	name: 'Register',
	value: 'register',
	action: 'Register a domain',
	description: 'Buy a .link domain through Dub for the workspace (paid plans; see Check Status for availability)',
	operationId: 'registerDomain',
	method: 'POST',
	path: '/domains/register',
	checks: [required('Domain Name', 'domain')],
	fields: [
		{
			displayName: 'Domain Name',
			name: 'domain',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'acme.link',
			description: 'The domain to register, without https://',
			routing: { send: { type: 'body', property: 'domain' } },
		},
	],
});
