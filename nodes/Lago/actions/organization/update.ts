import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { organizationFields } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update the organization',
	description: 'Change the billing settings, address or legal details of the organization',
	operationId: 'updateOrganization',
	method: 'PUT',
	path: '/organizations',
	requireSomeOf: 'updateFields',
	request: { body: { organization: {} } },
	fields: [
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: organizationFields },
	],
	postReceive: unwrap('organization'),
});
