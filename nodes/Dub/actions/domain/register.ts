import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { text } from '../../../shared/fields';

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
		text('domain', 'Domain Name', 'The domain to register, without https://', 'body', { required: true, placeholder: 'acme.link' }),
	],
});
