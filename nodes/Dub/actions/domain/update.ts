import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields } from '../../../shared/fields';
import { domainDetails, domainLocator } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a domain',
	operationId: 'updateDomain',
	method: 'PATCH',
	path: '/domains/{domain}',
	fields: [
		domainLocator,
		optionalFields([...domainDetails, bodyText('slug', 'New Domain Name', 'Renames the domain; its links move with it', 'acme.link')], 'updateFields'),
	],
});
