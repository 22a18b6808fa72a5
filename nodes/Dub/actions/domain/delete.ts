import { defineOperation } from '../../../shared/operation';
import { deletedRecord } from '../../../shared/output';
import { domainLocator } from './fields';

export const deleteDomain = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a domain',
	description: 'Remove a domain from the workspace, and every link on it',
	operationId: 'deleteDomain',
	method: 'DELETE',
	path: '/domains/{domain}',
	fields: [domainLocator],
	postReceive: [deletedRecord('domain', 'slug')],
});
