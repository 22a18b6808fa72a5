import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { organizationFields } from './fields';
import { group } from '../../../shared/fields';

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
		group('updateFields', organizationFields),
	],
	postReceive: unwrap('organization'),
});
